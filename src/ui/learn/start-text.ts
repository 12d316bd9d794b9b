/** The words of the first-visit question (loaded with the page). */
export const START_TEXT = {
  title: 'Welcome to Pocket Chain',
  text: 'A whole blockchain runs in this page. Would you like to learn how it works step by step, or explore the network straight away?',
  lessons: 'Start the lessons',
  explore: 'Explore the network',
  later: 'You can switch at any time with the Learn tab.',
};
