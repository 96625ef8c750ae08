document.addEventListener("DOMContentLoaded", function () {
  document.getElementById("first-party").textContent = "First-party scripts ran.";
});
window.firstPartyFile = true;
