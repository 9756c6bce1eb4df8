// A signature pad on a canvas: pointer strokes (finger, pen or mouse) drawn as lines; exported as PNG.
(function () {
  'use strict';
  window.SignaturePad = function (canvas) {
    var ctx = canvas.getContext('2d');
    var drawing = false;
    var strokes = 0;
    ctx.lineWidth = 3;
    ctx.lineCap = 'round';
    ctx.strokeStyle = '#111';

    function point(e) {
      var r = canvas.getBoundingClientRect();
      return { x: (e.clientX - r.left) * canvas.width / r.width, y: (e.clientY - r.top) * canvas.height / r.height };
    }
    canvas.addEventListener('pointerdown', function (e) {
      drawing = true;
      var p = point(e);
      ctx.beginPath();
      ctx.moveTo(p.x, p.y);
      canvas.setPointerCapture && canvas.setPointerCapture(e.pointerId);
    });
    canvas.addEventListener('pointermove', function (e) {
      if (!drawing) { return; }
      var p = point(e);
      ctx.lineTo(p.x, p.y);
      ctx.stroke();
      strokes++;
    });
    function end() {
      if (drawing) { drawing = false; canvas.dispatchEvent(new Event('signature-change')); }
    }
    canvas.addEventListener('pointerup', end);
    canvas.addEventListener('pointerleave', end);

    return {
      isEmpty: function () { return strokes === 0; },
      clear: function () {
        ctx.clearRect(0, 0, canvas.width, canvas.height);
        strokes = 0;
        canvas.dispatchEvent(new Event('signature-change'));
      },
      toDataUrl: function () { return canvas.toDataURL('image/png'); }
    };
  };
})();
