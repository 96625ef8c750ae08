document.getElementById("first-party").textContent = "First-party scripts ran.";
window.firstPartyFile = true;
