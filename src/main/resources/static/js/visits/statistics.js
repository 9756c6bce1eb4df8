// Draws the visit statistics with ECharts from the JSON the page carries in data-stats
// (no inline script: the CSP allows only scripts from this origin).
(function () {
  'use strict';
  var root = document.getElementById('visit-charts');
  if (!root || typeof echarts === 'undefined') { return; }
  var stats = JSON.parse(root.getAttribute('data-stats') || '{}');
  var labels = {
    year: root.dataset.labelYear, partnerType: root.dataset.labelPartnerType,
    region: root.dataset.labelRegion, topic: root.dataset.labelTopic
  };
  root.querySelectorAll('.tupyo-chart').forEach(function (el) {
    var dimension = el.getAttribute('data-dimension');
    var counts = stats[dimension] || [];
    var chart = echarts.init(el, null, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      title: { text: labels[dimension], left: 'center', textStyle: { fontSize: 14 } },
      tooltip: {},
      grid: { left: 40, right: 16, bottom: 60, top: 40 },
      xAxis: { type: 'category', data: counts.map(function (c) { return c.key; }), axisLabel: { rotate: 30 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', data: counts.map(function (c) { return c.visits; }), itemStyle: { color: '#256ef4' } }]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
}());
