// The search box of every page: suggestions as one types, from this server's /api/search. Without this script the
// box is a plain form that opens the page of results. No inline script: the page's Content-Security-Policy allows
// scripts from this server only.
(function () {
  'use strict';
  var input = document.getElementById('search-q');
  var list = document.getElementById('search-suggestions');
  if (!input || !list || !window.fetch) return;
  var api = input.getAttribute('data-api');
  var lang = input.getAttribute('data-lang') || 'en';
  var timer = null;
  var asked = 0;

  function hide() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
  }

  function show(results) {
    while (list.firstChild) list.removeChild(list.firstChild);
    results.forEach(function (r) {
      var li = document.createElement('li');
      li.setAttribute('role', 'option');
      var a = document.createElement('a');
      a.href = r.page + '?lang=' + encodeURIComponent(lang); // the page's language, kept
      a.textContent = r.label + ' ';
      var kind = document.createElement('span');
      kind.className = 'kind';
      kind.textContent = r.kind;
      a.appendChild(kind);
      li.appendChild(a);
      list.appendChild(li);
    });
    list.hidden = results.length === 0;
    input.setAttribute('aria-expanded', results.length ? 'true' : 'false');
  }

  function suggest() {
    var q = input.value.trim();
    if (q.length === 0) { hide(); return; }
    var mine = ++asked;
    fetch(api + '?limit=8&lang=' + encodeURIComponent(lang) + '&q=' + encodeURIComponent(q),
          { headers: { Accept: 'application/json' } })
      .then(function (res) { return res.ok ? res.json() : { results: [] }; })
      .then(function (body) { if (mine === asked) show(body.results || []); })
      .catch(hide);
  }

  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(suggest, 120);
  });
  input.addEventListener('keydown', function (e) {
    if (e.key === 'ArrowDown' && !list.hidden && list.firstChild) {
      e.preventDefault();
      list.firstChild.firstChild.focus();
    } else if (e.key === 'Escape') {
      hide();
    }
  });
  list.addEventListener('keydown', function (e) {
    var item = document.activeElement && document.activeElement.parentNode;
    if (e.key === 'ArrowDown' && item && item.nextSibling) {
      e.preventDefault();
      item.nextSibling.firstChild.focus();
    } else if (e.key === 'ArrowUp' && item) {
      e.preventDefault();
      if (item.previousSibling) item.previousSibling.firstChild.focus(); else input.focus();
    } else if (e.key === 'Escape') {
      hide();
      input.focus();
    }
  });
  document.addEventListener('click', function (e) {
    if (!input.form.contains(e.target)) hide();
  });
})();
