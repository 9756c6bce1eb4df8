// The "integrated voters list server" screen of the experience room: the session's counts and
// latest answers, polled every two seconds.
(function () {
  'use strict';
  var root = document.getElementById('xp-server');
  var texts = document.getElementById('xp-texts').dataset;
  var statusTexts = { ELIGIBLE: texts.eligible, ALREADY_ISSUED: texts.already, NOT_ON_LIST: texts.notOnList, BLOCKED: texts.blocked };
  var stationTexts = { IN_DISTRICT: texts.stationIn, OUT_OF_DISTRICT: texts.stationOut };

  function set(id, value) { document.getElementById(id).textContent = String(value); }

  function row(r) {
    var tr = document.createElement('tr');
    tr.dataset.status = r.status;
    [new Date(r.at).toLocaleTimeString(document.documentElement.lang === 'en' ? 'en-GB' : 'ko-KR',
        { timeZone: 'Asia/Seoul', hour12: false }),
      stationTexts[r.station] || r.station, statusTexts[r.status] || r.status, r.numberMasked || '—'].forEach(function (text) {
      var td = document.createElement('td');
      td.textContent = text;
      tr.appendChild(td);
    });
    return tr;
  }

  function refresh() {
    fetch(root.dataset.stats, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (s) {
        if (!s) { return; }
        set('xp-identified', s.identified);
        set('xp-issued-in', s.issuedInDistrict);
        set('xp-issued-out', s.issuedOutOfDistrict);
        set('xp-refused', s.refusedDuplicates);
        var body = document.getElementById('xp-latest');
        body.textContent = '';
        (s.latest || []).forEach(function (r) { body.appendChild(row(r)); });
      })
      .catch(function () { /* the next poll tries again */ })
      .then(function () { setTimeout(refresh, 2000); });
  }
  refresh();
})();
