// The station console: identify (scanner types the RRN + Enter into the focused field), sign, issue, print.
// The identification result stays on screen until the next scan.
(function () {
  'use strict';
  var root = document.getElementById('ev-console');
  var texts = document.getElementById('ev-texts').dataset;
  var csrf = { header: root.dataset.csrfHeader, token: root.dataset.csrf };
  var scan = document.getElementById('ev-scan');
  var election = document.getElementById('ev-election');
  var pad = window.SignaturePad(document.getElementById('ev-signature'));
  var current = null;      // the identification on screen
  var idempotencyKey = null; // one per identification: a repeated click or a retry is the same request
  var issuance = null;

  function $(id) { return document.getElementById(id); }
  function show(id, visible) { $(id).hidden = !visible; }

  var api = window.TupyoApi(csrf, document.getElementById('ev-error'));
  var call = api.call;
  var problem = api.problem;

  function clearError() { show('ev-error', false); $('ev-error').textContent = ''; }

  function statusText(status) {
    return { ELIGIBLE: texts.eligible, ALREADY_ISSUED: texts.already, NOT_ON_LIST: texts.notOnList, BLOCKED: texts.blocked }[status] || status;
  }

  function showResult(r) {
    current = r;
    idempotencyKey = (window.crypto && crypto.randomUUID) ? crypto.randomUUID() : String(Date.now()) + Math.random();
    issuance = null;
    var status = $('ev-status');
    status.dataset.status = r.status;
    var extra = '';
    if (r.status === 'ALREADY_ISSUED' && r.alreadyIssued) {
      extra = ' — ' + r.alreadyIssued.stationName + ' ' + new Date(r.alreadyIssued.issuedAt).toLocaleString(document.documentElement.lang === 'en' ? 'en-GB' : 'ko-KR', {timeZone: 'Asia/Seoul', hour12: false}) + ' KST';
    } else if (r.status === 'BLOCKED' && r.blockedReason) {
      extra = ' — ' + r.blockedReason;
    }
    status.textContent = statusText(r.status) + extra;
    $('ev-voter-name').textContent = r.name || '—';
    $('ev-voter-rrn').textContent = r.rrnMasked || '—';
    $('ev-voter-birth').textContent = r.birthDate || '—';
    $('ev-voter-home').textContent = r.homeDistrict || '—';
    $('ev-voter-district').textContent = r.inDistrict === null || r.inDistrict === undefined ? '—' : (r.inDistrict ? texts['in'] : texts.out);
    $('ev-voter-contests').textContent = (r.contests || []).map(function (c) { return c.ballotTitle; }).join(', ') || '—';
    show('ev-result', true);
    show('ev-issued', false);
    pad.clear();
    show('ev-sign', r.status === 'ELIGIBLE');
    updateIssueButton();
  }

  function identify(body) {
    clearError();
    body.electionId = election.value;
    return call('POST', 'station/identifications', body).then(function (response) {
      return response.ok ? response.json().then(showResult) : problem(response);
    }).catch(function () { /* shown */ });
  }

  function updateIssueButton() {
    $('ev-issue').disabled = !(current && current.status === 'ELIGIBLE' && !pad.isEmpty() && !issuance);
  }

  $('ev-scan-form').addEventListener('submit', function (e) {
    e.preventDefault();
    var rrn = scan.value.trim();
    scan.value = '';
    if (rrn) { identify({ rrn: rrn }); }
    scan.focus();
  });

  $('ev-name-form').addEventListener('submit', function (e) {
    e.preventDefault();
    identify({ name: $('ev-name').value.trim(), birthDate: $('ev-birth').value });
  });

  document.getElementById('ev-signature').addEventListener('signature-change', updateIssueButton);
  $('ev-clear').addEventListener('click', function () { pad.clear(); });

  $('ev-issue').addEventListener('click', function () {
    if (!current) { return; }
    clearError();
    $('ev-issue').disabled = true;
    call('POST', 'station/issuances', { identificationId: current.identificationId, signature: pad.toDataUrl() },
        { 'Idempotency-Key': idempotencyKey }).then(function (response) {
      if (!response.ok) { return problem(response); }
      return response.json().then(function (i) {
        issuance = i;
        $('ev-issued-text').textContent = texts.issued + ' (' + i.contests.length + ')';
        show('ev-sign', false);
        show('ev-issued', true);
        show('ev-label', !i.inDistrict);
        $('ev-print-status').textContent = '';
      });
    }).catch(function () { updateIssueButton(); }).then(function () { scan.focus(); });
  });

  function print(kind) {
    if (!issuance) { return; }
    clearError();
    var url = 'station/issuances/' + issuance.issuanceId + '/' + kind;
    call('GET', url).then(function (response) {
      if (!response.ok) { return problem(response); }
      return response.blob().then(function (pdf) {
        // the PDF opens in a new tab for the printer; the bytes are never kept here
        var objectUrl = URL.createObjectURL(pdf);
        window.open(objectUrl, '_blank');
        $('ev-print-status').textContent = texts.printed + ' (' + kind + ', ' + pdf.size + ' B)';
        $('ev-print-status').dataset.printed = kind;
        setTimeout(function () { URL.revokeObjectURL(objectUrl); }, 60000);
      });
    }).catch(function () { /* shown */ }).then(function () { scan.focus(); });
  }
  $('ev-print').addEventListener('click', function () { print('ballots.pdf'); });
  $('ev-label').addEventListener('click', function () { print('envelope-label.pdf'); });

  function stationDay(action) {
    clearError();
    call('POST', 'station/' + action, { electionId: election.value }).then(function (response) {
      if (!response.ok) { return problem(response); }
      return response.json().then(function (r) {
        $('ev-station-status').textContent = action === 'open' ? texts.opened
            : texts.closed + ' — ' + r.issued + ' / ' + (r.balanced ? '✓' : '✗');
        $('ev-station-status').dataset.state = action;
      });
    }).catch(function () { /* shown */ }).then(function () { scan.focus(); });
  }
  $('ev-open').addEventListener('click', function () { stationDay('open'); });
  $('ev-close').addEventListener('click', function () { stationDay('close'); });

  scan.focus();
})();
