// Precinct upload with a progress bar: sends the form with XMLHttpRequest (the page works without
// this script too) and shows the result block of the answer page in place.
(function () {
    document.querySelectorAll('form[data-upload-progress]').forEach(function (form) {
        var bar = form.querySelector('progress');
        var slot = document.getElementById('import-result-slot');
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var request = new XMLHttpRequest();
            request.open('POST', form.action);
            bar.hidden = false;
            bar.value = 0;
            request.upload.addEventListener('progress', function (e) {
                if (e.lengthComputable) {
                    bar.value = Math.round(e.loaded * 100 / e.total);
                }
            });
            request.addEventListener('load', function () {
                bar.value = 100;
                var page = new DOMParser().parseFromString(request.responseText, 'text/html');
                var result = page.getElementById('import-result');
                slot.replaceChildren(result ? document.importNode(result, true) : document.createTextNode(String(request.status)));
            });
            request.addEventListener('error', function () {
                slot.textContent = 'upload failed';
            });
            request.send(new FormData(form));
        });
    });
})();
