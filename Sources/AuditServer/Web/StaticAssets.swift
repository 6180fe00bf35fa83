/// The page's script and style sheet, served from memory: nothing is loaded from the network
/// and no folder is served.
enum StaticAssets {
    /// Uploads each chosen archive with its own progress, then follows each check live
    /// (server-sent events); asks before deleting.
    static let script = #"""
    (function () {
      'use strict';
      var body = document.body;
      var texts = JSON.parse(body.getAttribute('data-texts') || '{}');
      var csrf = body.getAttribute('data-csrf') || '';

      function t(key) { return texts[key] || key; }

      function describe(check) {
        var text = t(check.status);
        if (check.status === 'running' && check.progress) {
          text += ' · ' + check.progress.documentsDone + ' ' + t('documentsRead');
          if (check.progress.currentDocument) { text += ' · ' + t('reading') + ' ' + check.progress.currentDocument; }
        }
        if (check.status === 'failed' && check.error) { text += ': ' + check.error; }
        return text;
      }

      function watch(id, update) {
        var source = new EventSource('/checks/' + encodeURIComponent(id) + '/events');
        source.onmessage = function (event) {
          var check = JSON.parse(event.data);
          update(check);
          if (check.status === 'done' || check.status === 'failed') { source.close(); }
        };
        source.addEventListener('gone', function () { source.close(); });
      }

      Array.prototype.forEach.call(document.querySelectorAll('[data-live-check]'), function (element) {
        watch(element.getAttribute('data-live-check'), function (check) {
          element.textContent = describe(check);
          element.className = 'status ' + check.status;
          if ((check.status === 'done' || check.status === 'failed') &&
              (element.hasAttribute('data-reload-when-done') || check.status === 'done')) {
            window.location.reload();
          }
        });
      });

      function uploadOne(form, file, list, batch) {
        var item = document.createElement('li');
        var name = document.createElement('span');
        name.className = 'name';
        name.textContent = file.name;
        var state = document.createElement('span');
        state.className = 'state';
        var bar = document.createElement('progress');
        bar.max = 100;
        bar.value = 0;
        item.appendChild(name);
        item.appendChild(bar);
        item.appendChild(state);
        list.appendChild(item);

        var data = new FormData();
        ['ruleset', 'asOf', 'region'].forEach(function (field) {
          var input = form.elements[field];
          if (input && input.value) { data.append(field, input.value); }
        });
        if (batch) { data.append('batch', batch); }
        data.append('archive', file, file.name);

        var request = new XMLHttpRequest();
        request.open('POST', '/checks');
        request.setRequestHeader('X-CSRF-Token', csrf);
        request.setRequestHeader('Accept', 'application/json');
        request.upload.onprogress = function (event) {
          if (event.lengthComputable) {
            bar.value = Math.round(100 * event.loaded / event.total);
            state.textContent = t('uploading') + ' ' + bar.value + '%';
          }
        };
        request.onload = function () {
          var answer = {};
          try { answer = JSON.parse(request.responseText); } catch (ignored) { answer = {}; }
          if (request.status === 201 && answer.batch) {
            // An archive of supplier archives became a batch: one check per supplier archive.
            bar.value = 100;
            var batchLink = document.createElement('a');
            batchLink.href = '/batches/' + encodeURIComponent(answer.batch);
            batchLink.textContent = file.name;
            item.replaceChild(batchLink, name);
            state.textContent = t('splitIntoSuppliers') + ' (' + answer.checks.length + ') · ';
            var compare = document.createElement('a');
            compare.href = batchLink.href;
            compare.textContent = t('openBatch');
            state.appendChild(compare);
            var emptyList = document.getElementById('no-checks');
            if (emptyList) { emptyList.parentNode.removeChild(emptyList); }
          } else if (request.status === 201 && answer.id) {
            bar.value = 100;
            // The list below was drawn before this upload: it no longer has "no checks yet".
            var empty = document.getElementById('no-checks');
            if (empty) { empty.parentNode.removeChild(empty); }
            var link = document.createElement('a');
            link.href = '/checks/' + encodeURIComponent(answer.id);
            link.textContent = file.name;
            item.replaceChild(link, name);
            state.textContent = t('queued');
            watch(answer.id, function (check) {
              state.textContent = describe(check);
              if (check.status === 'done') {
                var open = document.createElement('a');
                open.href = '/checks/' + encodeURIComponent(answer.id) + '/report.html';
                open.target = '_blank';
                open.rel = 'noopener';
                open.textContent = t('open');
                item.appendChild(document.createTextNode(' '));
                item.appendChild(open);
              }
            });
          } else if (request.status === 401) {
            state.textContent = t('sessionExpired');
          } else {
            var message = answer.error && answer.error.message ? answer.error.message : String(request.status);
            state.textContent = t('uploadFailed') + ': ' + message;
            item.className = 'failed';
          }
        };
        request.onerror = function () {
          state.textContent = t('uploadFailed');
          item.className = 'failed';
        };
        request.send(data);
      }

      var form = document.getElementById('upload-form');
      if (form) {
        form.addEventListener('submit', function (event) {
          event.preventDefault();
          var list = document.getElementById('uploads');
          var files = Array.prototype.slice.call(form.elements.archive.files);
          form.elements.archive.value = '';
          if (files.length < 2) {
            files.forEach(function (file) { uploadOne(form, file, list, null); });
            return;
          }
          // Several archives at once are a batch: created first, then every upload joins it.
          var request = new XMLHttpRequest();
          request.open('POST', '/batches');
          request.setRequestHeader('X-CSRF-Token', csrf);
          request.onload = function () {
            var batch = null;
            try { batch = JSON.parse(request.responseText).id; } catch (ignored) { batch = null; }
            if (request.status === 201 && batch) {
              var item = document.createElement('li');
              var link = document.createElement('a');
              link.href = '/batches/' + encodeURIComponent(batch);
              link.textContent = t('openBatch');
              item.appendChild(link);
              list.appendChild(item);
            }
            files.forEach(function (file) { uploadOne(form, file, list, batch); });
          };
          request.onerror = function () { files.forEach(function (file) { uploadOne(form, file, list, null); }); };
          request.send();
        });
      }

      Array.prototype.forEach.call(document.querySelectorAll('form[data-confirm]'), function (confirmed) {
        confirmed.addEventListener('submit', function (event) {
          if (!window.confirm(confirmed.getAttribute('data-confirm'))) { event.preventDefault(); }
        });
      });
    })();
    """#

    /// The page's look: plain, readable, no web fonts.
    static let styleSheet = #"""
    * { box-sizing: border-box; }
    body { margin: 0; font: 15px/1.5 system-ui, "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif; color: #1d2430; background: #f4f6f8; }
    header { display: flex; flex-wrap: wrap; align-items: baseline; gap: 1rem; padding: .8rem 1.5rem; background: #1d3557; color: #fff; }
    header a { color: #fff; }
    .brand { font-weight: 700; font-size: 1.15rem; text-decoration: none; }
    .tagline { opacity: .8; flex: 1; }
    nav { display: flex; gap: 1rem; align-items: baseline; }
    .account { display: flex; gap: .5rem; align-items: baseline; margin: 0; }
    main { max-width: 1100px; margin: 1.5rem auto; padding: 0 1rem; }
    .card { background: #fff; border: 1px solid #d9dee5; border-radius: 8px; padding: 1.2rem 1.5rem; margin-bottom: 1.5rem; }
    .narrow { max-width: 420px; margin: 3rem auto; }
    h1 { font-size: 1.35rem; margin-top: 0; }
    h2 { font-size: 1.15rem; margin-top: 0; }
    form label { display: block; margin: .6rem 0; }
    input[type=text], input[type=email], input[type=password], input[type=date] { padding: .4rem; border: 1px solid #aab4c0; border-radius: 4px; min-width: 16rem; }
    button, .button { display: inline-block; padding: .45rem 1rem; border: 0; border-radius: 4px; background: #2a6f97; color: #fff; font: inherit; cursor: pointer; text-decoration: none; }
    button.link { background: none; color: #fff; text-decoration: underline; padding: 0; }
    button.danger { background: #b3261e; }
    .hint, small { color: #5b6673; }
    .error, .failed { color: #b3261e; }
    table.checks { width: 100%; border-collapse: collapse; }
    table.checks th, table.checks td { text-align: left; padding: .45rem .5rem; border-bottom: 1px solid #e3e7ec; vertical-align: top; }
    .status.done { color: #1b7a3d; font-weight: 600; }
    .status.failed { color: #b3261e; font-weight: 600; }
    .status.running, .status.queued { color: #8a5a00; }
    .uploads { list-style: none; padding: 0; }
    .uploads li { display: flex; gap: .8rem; align-items: center; padding: .3rem 0; }
    .uploads progress { width: 10rem; }
    dl { display: grid; grid-template-columns: max-content 1fr; gap: .3rem 1rem; }
    dt { color: #5b6673; }
    dd { margin: 0; }
    .scroll { overflow-x: auto; }
    table.matrix td.count, table.matrix th.category { text-align: center; white-space: nowrap; }
    table.checks .status, table.checks th { white-space: nowrap; }
    table.matrix td.errors { background: #fbe3e1; color: #8c1d18; font-weight: 600; }
    table.matrix td.warnings { background: #fdf1d8; color: #7a4f00; }
    .batches { padding-left: 1.2rem; }
    """#
}
