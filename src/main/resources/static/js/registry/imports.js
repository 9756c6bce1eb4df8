// Registry import page: uploads the file with XMLHttpRequest (for upload progress), then polls the
// import's progress endpoint while the server checks and stores rows, and shows the report.
(function () {
    'use strict';
    var form = document.getElementById('registry-upload');
    if (!form) {
        return;
    }
    var box = document.getElementById('registry-progress');
    var bar = document.getElementById('registry-progress-bar');
    var text = document.getElementById('registry-progress-text');
    var result = document.getElementById('registry-result');
    var resultText = document.getElementById('registry-result-text');
    var issues = document.getElementById('registry-issues');

    function uuid() {
        if (window.crypto && crypto.randomUUID) {
            return crypto.randomUUID();
        }
        var b = new Uint8Array(16);
        crypto.getRandomValues(b);
        b[6] = (b[6] & 0x0f) | 0x40;
        b[8] = (b[8] & 0x3f) | 0x80;
        var h = Array.prototype.map.call(b, function (x) { return (x + 0x100).toString(16).slice(1); }).join('');
        return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
    }

    function format(message, args) {
        return message.replace(/\{(\d+)\}/g, function (m, i) { return args[i]; });
    }

    function show(ok, message, list) {
        result.hidden = false;
        result.className = 'tupyo-notice ' + (ok ? 'ok' : 'danger');
        resultText.textContent = message;
        var body = issues.querySelector('tbody');
        body.textContent = '';
        (list || []).forEach(function (issue) {
            var row = document.createElement('tr');
            [issue.line, issue.column || '—', issue.message].forEach(function (value) {
                var cell = document.createElement('td');
                cell.textContent = value;
                row.appendChild(cell);
            });
            body.appendChild(row);
        });
        issues.hidden = !list || list.length === 0;
    }

    form.addEventListener('submit', function (event) {
        event.preventDefault();
        var id = uuid();
        var data = new FormData(form);
        data.append('importId', id);
        var done = false;
        var poll = null;
        box.hidden = false;
        result.hidden = true;
        bar.value = 0;
        text.textContent = form.dataset.msgSending;

        var xhr = new XMLHttpRequest();
        xhr.open('POST', form.action);
        var csrf = form.querySelector('input[name="_csrf"]');
        if (csrf) {
            xhr.setRequestHeader('X-CSRF-TOKEN', csrf.value);
        }
        xhr.setRequestHeader('Accept', 'application/json');
        xhr.upload.addEventListener('progress', function (e) {
            if (e.lengthComputable) {
                bar.value = Math.round(e.loaded * 50 / e.total);
            }
        });
        xhr.upload.addEventListener('load', function () {
            text.textContent = form.dataset.msgProcessing;
            poll = setInterval(function () {
                fetch(form.dataset.progressUrl + id + '/progress', {headers: {'Accept': 'application/json'}})
                    .then(function (r) { return r.ok ? r.json() : null; })
                    .then(function (p) {
                        if (p && !done) {
                            bar.value = 50 + Math.round(p.percent / 2);
                            // After the rows are read: change events are applied page by page, an
                            // extract is stored in a few stages.
                            var steps = {APPLYING: form.dataset.msgApplying, STORING: form.dataset.msgStoring};
                            text.textContent = steps[p.step]
                                ? steps[p.step] + ' ' + p.stepDone.toLocaleString() + ' / ' + p.stepTotal.toLocaleString()
                                : form.dataset.msgProcessing + ' ' + p.rowsProcessed.toLocaleString();
                        }
                    })
                    .catch(function () { /* the final answer will tell */ });
            }, 500);
        });
        xhr.addEventListener('loadend', function () {
            done = true;
            if (poll) {
                clearInterval(poll);
            }
            bar.value = 100;
            var body = null;
            try {
                body = JSON.parse(xhr.responseText);
            } catch (e) {
                body = null;
            }
            if (xhr.status === 201 && body) {
                show(true, format(form.dataset.msgAccepted, [body.rowsStored, body.warningCount]), body.warnings);
            } else if (body && body.code === 'IMPORT_REJECTED') {
                show(false, format(form.dataset.msgRejected, [body.errorCount]), body.errors);
            } else {
                show(false, (body && body.detail) || form.dataset.msgFailed, []);
            }
            text.textContent = '';
        });
        xhr.send(data);
    });
})();
