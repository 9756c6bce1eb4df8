// Progress bars of background jobs (compilation, election-day lists): polls the job once a second
// and reloads the page when it has finished, so that the new counts and digest show. A job can finish
// after the page already shows its effect (finalisation blocks recorded deaths after freezing the list),
// so once the user has started typing into a form the page is not reloaded under them: a link says so.
// An answer that is not ok (a restarting instance behind the load balancer, a moment's 5xx) is asked
// again a little later rather than ending the polling: the bar must not freeze while the job runs on.
(function () {
  'use strict';
  var typing = false;
  document.addEventListener('input', function () { typing = true; }, true);
  document.querySelectorAll('[data-job-url]').forEach(function (box) {
    if (box.getAttribute('data-finished') === 'true') {
      return;
    }
    var bar = box.querySelector('.tupyo-progress-bar');
    var meter = box.querySelector('.tupyo-progress');
    var status = box.querySelector('.job-status');
    var step = box.querySelector('.job-step');
    function poll() {
      fetch(box.getAttribute('data-job-url'), { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
        .then(function (response) {
          if (!response.ok) {
            throw new Error('job answered ' + response.status);
          }
          return response.json();
        })
        .then(function (job) {
          if (bar) { bar.style.width = job.progress + '%'; }
          if (meter) { meter.setAttribute('aria-valuenow', job.progress); }
          if (status) { status.textContent = job.status; }
          if (step) { step.textContent = job.step; }
          if (job.finished && !typing) {
            window.location.reload();
          } else if (job.finished) {
            var link = document.createElement('a');
            link.href = window.location.href;
            link.className = 'job-reload';
            link.textContent = box.getAttribute('data-reload-label');
            box.appendChild(link);
          } else {
            window.setTimeout(poll, 1000);
          }
        })
        .catch(function () { window.setTimeout(poll, 3000); });
    }
    window.setTimeout(poll, 500);
  });
}());
