// Upload progress: asks the job's state every second and reloads the page once the job has finished.
(function () {
  var box = document.getElementById('job-status');
  if (!box) { return; }
  var url = box.getAttribute('data-state-url');
  function poll() {
    fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (job) {
        if (job && job.finished) { window.location.reload(); } else { window.setTimeout(poll, 1000); }
      })
      .catch(function () { window.setTimeout(poll, 3000); });
  }
  window.setTimeout(poll, 1000);
})();
