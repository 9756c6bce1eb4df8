// Turnout dashboard and public page: polls the turnout JSON (scale-out safe: any instance answers from
// the database), draws the hourly line (early-voting hours, then election day with early voters
// included), the 시도 bar and the 시군구 choropleth with Apache ECharts, and fills the station-load table. The chart instances are kept on window.tupyoTurnout for tests.
(function () {
  'use strict';
  var root = document.querySelector('.turnout-root');
  if (root && window.echarts) { start(root); }
  document.querySelectorAll('[data-list-job-url]').forEach(pollJob);

  function start(root) {
    var d = root.dataset;
    var charts = window.tupyoTurnout = {};
    var hourlyEl = document.getElementById('chart-hourly');
    var sidoEl = document.getElementById('chart-sido');
    var mapEl = document.getElementById('map-sgg');
    if (hourlyEl) { charts.hourly = echarts.init(hourlyEl); }
    if (sidoEl) { charts.sido = echarts.init(sidoEl); }
    var mapReady = fetch(d.boundariesUrl, { credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (geo) {
        if (!geo) { document.getElementById('map-missing').hidden = false; return false; }
        echarts.registerMap('sgg', geo);
        charts.map = echarts.init(mapEl);
        return true;
      })
      .catch(function () { return false; });

    function refresh() {
      fetch(d.turnoutUrl, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (s) {
          if (!s) { return; }
          headline(s);
          if (charts.hourly) { charts.hourly.setOption(hourlyOption(s, d), true); }
          if (charts.sido) { charts.sido.setOption(sidoOption(s, d), true); }
          sidoTable(s);
          mapReady.then(function (ok) { if (ok) { charts.map.setOption(mapOption(s, d), true); } });
          root.setAttribute('data-loaded', 'true');
        });
      refreshLoad();
    }
    // Station load of the chosen 시도 or 시군구 only, quietest first (the server sorts); nothing until one is chosen.
    var areaEl = document.getElementById('turnout-load-area');
    function refreshLoad() {
      var body = document.querySelector('#turnout-load tbody');
      if (!body || !areaEl) { return; }
      var area = areaEl.value;
      var choose = document.getElementById('turnout-load-choose');
      if (choose) { choose.hidden = !!area; }
      if (!area) { body.textContent = ''; return; }
      fetch(d.loadUrl + '?area=' + encodeURIComponent(area), { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (rows) { if (rows && areaEl.value === area) { loadTable(rows, d); } });
    }
    if (areaEl) { areaEl.addEventListener('change', refreshLoad); }
    refresh();
    window.setInterval(refresh, (parseInt(d.refreshSeconds, 10) || 30) * 1000);
    window.addEventListener('resize', function () {
      Object.keys(charts).forEach(function (k) { if (charts[k]) { charts[k].resize(); } });
    });
  }

  function text(id, value) {
    var el = document.getElementById(id);
    if (el) { el.textContent = value; }
  }

  function n(value) { return Number(value).toLocaleString(); }

  function headline(s) {
    text('turnout-as-of', String(s.asOf).replace('T', ' '));
    text('turnout-national', s.nation.percent);
    text('turnout-voters', n(s.nation.voters));
    text('turnout-electors', n(s.nation.electors));
    text('turnout-in', n(s.nation.inDistrict));
    text('turnout-out', n(s.nation.outOfDistrict));
    text('turnout-day', n(s.nation.electionDay));
  }

  function hourLabel(p) { return p.day.substring(5) + ' ' + (p.hour + 1) + ':00'; }

  // An election-day point is the count reported at that hour (9 = 09:00), not the hour that ended then.
  function dayLabel(p) { return p.day.substring(5) + ' ' + p.hour + ':00'; }

  function hourlyOption(s, d) {
    var days = s.finalHours || [];
    var labels = s.hours.map(hourLabel).concat(days.map(dayLabel));
    var series = [{ name: d.labelNational, type: 'line', data: s.hours.map(function (p) { return p.percent; }) }];
    if (days.length) {
      // Election day continues the national curve from the last early-voting hour, early voters included,
      // and ends at final turnout (the headline figure).
      var lead = s.hours.map(function () { return null; });
      if (lead.length) { lead[lead.length - 1] = s.hours[s.hours.length - 1].percent; }
      series.push({ name: d.labelFinal, type: 'line', connectNulls: false,
        data: lead.concat(days.map(function (p) { return p.percent; })) });
    }
    Object.keys(s.sidoHours).forEach(function (code) {
      var area = s.sidos.filter(function (a) { return a.code === code; })[0];
      // On election day a 시도's line runs on with its entered counts, its early voters included.
      var final = (s.sidoFinalHours || {})[code] || [];
      series.push({ name: area ? area.name : code, type: 'line', symbol: 'none', lineStyle: { width: 1 },
        data: s.sidoHours[code].map(function (p) { return p.percent; })
          .concat(final.map(function (p) { return p.percent; })) });
    });
    if (s.previous && s.previous.length) {
      series.push({ name: d.labelPrevious + ' (' + s.previousLabel + ')', type: 'line', lineStyle: { type: 'dashed' },
        data: s.previous.slice(0, Math.max(labels.length, s.previous.length)).map(function (p) { return p.percent; }) });
      while (labels.length < s.previous.length) { labels.push('D' + s.previous[labels.length].dayNumber + ' ' + (s.previous[labels.length].hour) + ':00'); }
    }
    return { animation: false, tooltip: { trigger: 'axis' }, legend: { type: 'scroll', top: 0 },
      grid: { top: 40, left: 40, right: 16, bottom: 30 },
      xAxis: { type: 'category', data: labels }, yAxis: { type: 'value', axisLabel: { formatter: '{value}%' } }, series: series };
  }

  function sidoOption(s, d) {
    return { animation: false, tooltip: { trigger: 'axis' }, grid: { top: 16, left: 90, right: 24, bottom: 24 },
      xAxis: { type: 'value', axisLabel: { formatter: '{value}%' } },
      yAxis: { type: 'category', inverse: true, data: s.sidos.map(function (a) { return a.name; }) },
      series: [{ name: d.labelTurnout, type: 'bar', data: s.sidos.map(function (a) { return a.percent; }) }] };
  }

  function mapOption(s, d) {
    var values = s.sggs.map(function (a) { return a.percent; });
    var max = Math.max.apply(null, values.concat([1]));
    return { animation: false,
      tooltip: { trigger: 'item', formatter: function (p) { return (p.data ? p.data.label : p.name) + ': ' + (isNaN(p.value) ? '-' : p.value + '%'); } },
      visualMap: { min: 0, max: Math.ceil(max), left: 'left', bottom: 10, calculable: true, text: ['%', ''],
        inRange: { color: ['#e8f1fb', '#2b6cb0', '#0b2e59'] } },
      series: [{ name: d.labelTurnout, type: 'map', map: 'sgg', nameProperty: 'sgg_code', roam: true,
        emphasis: { label: { show: false } },
        data: s.sggs.map(function (a) { return { name: a.code, value: a.percent, label: a.name }; }) }] };
  }

  function sidoTable(s) {
    var body = document.querySelector('#turnout-sido-table tbody');
    if (!body) { return; }
    body.textContent = '';
    s.sidos.forEach(function (a) {
      var tr = document.createElement('tr');
      [a.name, n(a.electors), n(a.inDistrict), n(a.outOfDistrict), n(a.electionDay), a.percent + '%'].forEach(function (v) {
        var td = document.createElement('td'); td.textContent = v; tr.appendChild(td);
      });
      body.appendChild(tr);
    });
  }

  function loadTable(rows, d) {
    var body = document.querySelector('#turnout-load tbody');
    if (!body) { return; }
    body.textContent = '';
    rows.forEach(function (r) {
      var tr = document.createElement('tr');
      tr.setAttribute('data-station', r.code);
      [r.name, r.arrivalsLast15, r.perMinute, r.waitMinutes + ' ' + d.labelMinutes].forEach(function (v) {
        var td = document.createElement('td'); td.textContent = v; tr.appendChild(td);
      });
      body.appendChild(tr);
    });
  }

  function pollJob(box) {
    if (box.getAttribute('data-finished') === 'true') { return; }
    function poll() {
      fetch(box.getAttribute('data-list-job-url'), { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (j) {
          if (!j) { return; }
          box.querySelector('.tupyo-progress-bar').style.width = j.percent + '%';
          box.querySelector('.tupyo-progress').setAttribute('aria-valuenow', j.percent);
          box.querySelector('.job-status').textContent = j.job.status;
          box.querySelector('.job-done').textContent = j.job.done;
          box.querySelector('.job-total').textContent = j.job.precincts;
          if (j.job.status === 'SUCCEEDED' || j.job.status === 'FAILED') { window.location.reload(); } else { window.setTimeout(poll, 1000); }
        })
        .catch(function () { window.setTimeout(poll, 3000); });
    }
    window.setTimeout(poll, 500);
  }
}());
