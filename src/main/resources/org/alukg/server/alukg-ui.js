// The query editor as alukg offers it (loaded by the editor's start page; first-party, as its CSP requires):
// 1. a badge of a named query with parameters opens a small form for them; running it fills the editor with the
//    query with those parameters bound (by the server, as RDF terms: GET /api/queries/{name}/sparql) and runs it;
// 2. links to our IRIs in the results lead to this server's /id/… when the public base is not this server.
(function () {
  'use strict';
  var BASE = "__ALUKG_BASE__"; // the server puts its public base here
  var ID = BASE + 'id/';
  var queries = null;

  fetch('/api/queries', { headers: { Accept: 'application/json' } })
    .then(function (r) { return r.ok ? r.json() : []; })
    .then(function (list) {
      queries = {};
      list.forEach(function (q) { queries[q.name] = q; });
    })
    .catch(function () { queries = {}; });

  function editor() {
    var cm = document.querySelector('.CodeMirror');
    return cm && cm.CodeMirror ? cm.CodeMirror : null;
  }

  function closeForm() {
    var old = document.getElementById('alukg-params');
    if (old) old.parentNode.removeChild(old);
  }

  function openForm(q, badge) {
    closeForm();
    var form = document.createElement('form');
    form.id = 'alukg-params';
    form.className = 'alukg-params';
    var title = document.createElement('strong');
    title.textContent = q.name + ': ' + q.summary;
    form.appendChild(title);
    q.parameters.forEach(function (p) {
      var label = document.createElement('label');
      label.textContent = p.name + (p.required && !p['default'].length ? ' *' : '') + ' ';
      var input = document.createElement('input');
      input.name = p.name;
      input.setAttribute('data-parameter', p.name);
      input.placeholder = p['default'].length ? p['default'].join(' ') : p.type;
      input.title = p.description;
      label.appendChild(input);
      var about = document.createElement('small');
      about.textContent = ' ' + p.description;
      label.appendChild(about);
      form.appendChild(label);
    });
    var problem = document.createElement('p');
    problem.className = 'problem';
    problem.setAttribute('role', 'alert');
    form.appendChild(problem);
    var run = document.createElement('button');
    run.type = 'submit';
    run.textContent = 'Run with these values';
    form.appendChild(run);
    var cancel = document.createElement('button');
    cancel.type = 'button';
    cancel.textContent = 'Close';
    cancel.addEventListener('click', closeForm);
    form.appendChild(cancel);
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var params = new URLSearchParams();
      form.querySelectorAll('input[data-parameter]').forEach(function (i) {
        if (i.value.trim()) params.append(i.name, i.value.trim());
      });
      fetch(q.sparql + '?' + params.toString(), { headers: { Accept: 'application/sparql-query, application/problem+json' } })
        .then(function (r) {
          return r.text().then(function (body) { return { ok: r.ok, body: body }; });
        })
        .then(function (answer) {
          if (!answer.ok) {
            var detail = answer.body;
            try { detail = JSON.parse(answer.body).detail || detail; } catch (ignored) { /* plain text */ }
            problem.textContent = detail;
            return;
          }
          problem.textContent = '';
          var cm = editor();
          if (!cm) return;
          cm.setValue(answer.body);
          var button = document.querySelector('.yasqe_queryButton');
          if (button) button.click();
        })
        .catch(function (err) { problem.textContent = String(err); });
    });
    var where = badge.parentNode;
    where.parentNode.insertBefore(form, where.nextSibling);
    var first = form.querySelector('input');
    if (first) first.focus();
  }

  document.addEventListener('click', function (e) {
    var badge = e.target.closest ? e.target.closest('span.badge') : null;
    if (!badge || !queries) return;
    var q = queries[badge.textContent.trim()];
    if (!q || !q.parameters || !q.parameters.length) { closeForm(); return; }
    setTimeout(function () { openForm(q, badge); }, 0); // after the editor has been filled by the badge
  });

  // Links to our IRIs lead here when this server is not the public base.
  var here = location.origin + '/';
  var pending = false;
  function rewrite() {
    pending = false;
    if (here === BASE) return;
    var links = document.querySelectorAll('a[href]');
    for (var i = 0; i < links.length; i++) {
      var href = links[i].getAttribute('href');
      if (href.indexOf(ID) === 0) {
        links[i].setAttribute('href', '/id/' + href.substring(ID.length));
      }
    }
  }
  new MutationObserver(function () {
    if (!pending) { pending = true; window.requestAnimationFrame(rewrite); }
  }).observe(document.documentElement, { childList: true, subtree: true });
})();
