// The experience room's kiosk: choose the demo station, scan or type the demo card number, sign,
// issue once, open the specimen ballots. Same flow as the station console, on the demo session.
(function () {
  'use strict';
  var root = document.getElementById('xp-kiosk');
  var texts = document.getElementById('xp-texts').dataset;
  var csrf = { header: root.dataset.csrfHeader, token: root.dataset.csrf };
  var base = root.dataset.base;
  var scan = document.getElementById('xp-scan');
  var pad = window.SignaturePad(document.getElementById('xp-signature'));
  var current = null;        // the identification on screen
  var idempotencyKey = null; // one per identification: a repeated click or a retry is the same request
  var issuance = null;

  function $(id) { return document.getElementById(id); }
  function show(id, visible) { $(id).hidden = !visible; }

  function station() {
    var checked = document.querySelector('input[name="xp-station"]:checked');
    return checked ? checked.value : 'IN_DISTRICT';
  }

  var api = window.TupyoApi(csrf, document.getElementById('xp-error'));
  var call = api.call;
  var problem = api.problem;

  function clearError() { show('xp-error', false); $('xp-error').textContent = ''; $('xp-error').dataset.code = ''; }

  function kst(instant) {
    return new Date(instant).toLocaleString(document.documentElement.lang === 'en' ? 'en-GB' : 'ko-KR',
        { timeZone: 'Asia/Seoul', hour12: false });
  }

  function showResult(r) {
    current = r;
    idempotencyKey = (window.crypto && crypto.randomUUID) ? crypto.randomUUID() : String(Date.now()) + Math.random();
    issuance = null;
    var status = $('xp-status');
    status.dataset.status = r.status;
    var extra = '';
    if (r.status === 'ALREADY_ISSUED' && r.alreadyIssued) {
      extra = ' — ' + r.alreadyIssued.stationName + ', ' + kst(r.alreadyIssued.issuedAt) + ' KST';
    } else if (r.status === 'BLOCKED' && r.blockedReason) {
      extra = ' — ' + r.blockedReason;
    }
    status.textContent = r.statusText + extra;
    $('xp-voter-name').textContent = r.name ? r.name + ' (' + r.nameEn + ')' : '—';
    $('xp-voter-number').textContent = r.numberMasked || '—';
    $('xp-voter-birth').textContent = r.birthDate || '—';
    $('xp-voter-home').textContent = r.homeDistrict || '—';
    $('xp-voter-district').textContent = r.inDistrict === null || r.inDistrict === undefined ? '—'
        : (r.inDistrict ? texts['in'] : texts.out);
    var contests = $('xp-voter-contests');
    contests.textContent = '';
    (r.contests || []).forEach(function (c) {
      var li = document.createElement('div');
      li.textContent = c.title + ' — ' + c.titleEn + ' (' + c.district + ')';
      contests.appendChild(li);
    });
    if (!r.contests || r.contests.length === 0) { contests.textContent = '—'; }
    show('xp-result', true);
    show('xp-issued', false);
    pad.clear();
    show('xp-sign', r.status === 'ELIGIBLE');
    updateIssueButton();
  }

  function updateIssueButton() {
    $('xp-issue').disabled = !(current && current.status === 'ELIGIBLE' && !pad.isEmpty() && !issuance);
  }

  $('xp-scan-form').addEventListener('submit', function (e) {
    e.preventDefault();
    var number = scan.value.trim();
    scan.value = '';
    if (!number) { return; }
    clearError();
    call('POST', base + '/identifications', { station: station(), number: number }).then(function (response) {
      return response.ok ? response.json().then(showResult) : problem(response);
    }).catch(function () { /* shown */ }).then(function () { scan.focus(); });
  });

  document.getElementById('xp-signature').addEventListener('signature-change', updateIssueButton);
  $('xp-clear').addEventListener('click', function () { pad.clear(); });

  $('xp-issue').addEventListener('click', function () {
    if (!current) { return; }
    clearError();
    $('xp-issue').disabled = true;
    call('POST', base + '/issuances', { identificationId: current.identificationId, signature: pad.toDataUrl() },
        { 'Idempotency-Key': idempotencyKey }).then(function (response) {
      if (!response.ok) { return problem(response); }
      return response.json().then(function (i) {
        issuance = i;
        show('xp-sign', false);
        show('xp-issued', true);
        $('xp-ballots').href = i.ballotsUrl;
        $('xp-label').hidden = !i.envelopeLabelUrl;
        if (i.envelopeLabelUrl) { $('xp-label').href = i.envelopeLabelUrl; }
      });
    }).catch(function () { updateIssueButton(); }).then(function () { scan.focus(); });
  });

  scan.focus();
})();
