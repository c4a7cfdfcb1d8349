// Progressive enhancement: shows the Copy button beside a read-only field and copies its value.
document.querySelectorAll('button[data-copy]').forEach(function (button) {
  var field = document.getElementById(button.getAttribute('data-copy'));
  if (!field || !navigator.clipboard) {
    return;
  }
  button.hidden = false;
  button.addEventListener('click', function () {
    navigator.clipboard.writeText(field.value).then(function () {
      button.textContent = 'Copied';
    });
  });
});
