/**
 * A gallery of the src/ui/viz components on made-up but deterministic data,
 * to look at them (screenshots in light and dark: ?theme=dark) and to poke at
 * them by hand. Not a benchmark: no bench section opens it.
 */
import { mount } from 'svelte';
import '../../src/ui/viz/viz-theme.css';
import Gallery from './VizGallery.svelte';

const theme = new URLSearchParams(location.search).get('theme');
if (theme === 'dark' || theme === 'light') document.documentElement.dataset.theme = theme;

mount(Gallery, { target: document.getElementById('app')! });
(window as unknown as { benchReady: boolean }).benchReady = true;
