// Enhances pages that work without it: after a refused form, focus moves to the first field in
// error, so a keyboard or screen-reader user lands where the correction is needed.
document.addEventListener("DOMContentLoaded", function () {
  var invalid = document.querySelector("[aria-invalid=true]");
  if (invalid) {
    invalid.focus();
  }
});
