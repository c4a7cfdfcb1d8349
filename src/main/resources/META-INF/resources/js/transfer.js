// Progressive enhancement for imports: while a file is checked or imported, the button that sent it says so and
// cannot be pressed twice. Without JavaScript the plain form post works the same.
(function () {
  var busyNote = document.querySelector('p.busy');
  document.querySelectorAll('button[data-busy]').forEach(function (button) {
    var form = button.form;
    form.addEventListener('submit', function () {
      window.setTimeout(function () {
        button.disabled = true;
      }, 0);
      form.setAttribute('aria-busy', 'true');
      if (busyNote) {
        busyNote.textContent = button.getAttribute('data-busy');
        busyNote.hidden = false;
      }
    });
  });
})();
