/* Stands for an audience-measurement script: sets a first-party visitor cookie when it runs. */
(function () {
  var id = Math.random().toString(36).slice(2, 10);
  document.cookie = "_pk_id.1.demo=" + id + "; Path=/; Max-Age=" + 390 * 86400 + "; SameSite=Lax";
  window.cookiewardenDemoStats = (window.cookiewardenDemoStats || 0) + 1;
  var status = document.getElementById("stats-status");
  if (status) status.textContent = "The statistics script ran.";
})();
