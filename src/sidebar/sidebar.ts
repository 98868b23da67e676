// Placeholder page script: marks the page as ready so the build has a real script to bundle.
const app = document.getElementById('app');
if (app) app.dataset['ready'] = 'true';
