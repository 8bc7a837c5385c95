// 上报: the whole dashed box takes dropped files, not only the small file button. Without this
// script the page works the same (choose with the button); the CSP allows only this file, no inline code.
document.addEventListener('DOMContentLoaded', function () {
  var zone = document.querySelector('.upload .drop');
  var input = zone && zone.querySelector('input[type=file]');
  if (!zone || !input) return;
  ['dragenter', 'dragover'].forEach(function (type) {
    zone.addEventListener(type, function (e) { e.preventDefault(); zone.classList.add('over'); });
  });
  ['dragleave', 'drop'].forEach(function (type) {
    zone.addEventListener(type, function () { zone.classList.remove('over'); });
  });
  zone.addEventListener('drop', function (e) {
    e.preventDefault();
    if (!e.dataTransfer || !e.dataTransfer.files.length) return;
    input.files = e.dataTransfer.files;
    var chosen = zone.querySelector('.chosen');
    if (chosen) chosen.textContent = Array.prototype.map.call(input.files, function (f) { return f.name; }).join('、');
  });
});
