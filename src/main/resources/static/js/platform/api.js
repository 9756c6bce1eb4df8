// Calls the JSON API from a signed-in page (session cookie and CSRF header) and shows a problem+json
// answer in the page's error element. Used by the station console and the experience room's kiosk.
window.TupyoApi = function (csrf, errorElement) {
  'use strict';

  function call(method, url, body, extraHeaders) {
    var headers = { 'Accept': 'application/json, application/pdf, application/problem+json' };
    headers[csrf.header] = csrf.token;
    if (body !== undefined) { headers['Content-Type'] = 'application/json'; }
    Object.keys(extraHeaders || {}).forEach(function (k) { headers[k] = extraHeaders[k]; });
    return fetch(url, { method: method, headers: headers, credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body) });
  }

  function fail(text, code) {
    errorElement.textContent = text;
    errorElement.dataset.code = code || '';
    errorElement.hidden = false;
    throw new Error(text);
  }

  // Shows the problem and rejects, so that a .then() chain stops there.
  function problem(response) {
    return response.json().then(function (p) {
      fail((p.title || response.status) + (p.detail ? ': ' + p.detail : ''), p.code);
    }, function () {
      fail(String(response.status), '');
    });
  }

  return { call: call, problem: problem };
};
