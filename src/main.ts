// Boot: the foyer's text first, the stage after.
const main = document.getElementById('main')!;
const h1 = document.createElement('h1');
h1.textContent = 'The Allyship Theatre';
main.append(h1);
