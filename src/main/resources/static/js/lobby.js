// Lobby's only script: no inline scripts anywhere (the Content-Security-Policy forbids them).
(function () {
  'use strict';

  function meta(name) {
    var element = document.querySelector('meta[name="' + name + '"]');
    return element ? element.content : null;
  }

  // The browser's time zone, for the dates of the pages of a person who chose none in My
  // profile (the server reads it, else uses UTC). Only the zone's name: nothing personal.
  try {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone && document.cookie.indexOf('lobby-tz=' + encodeURIComponent(zone)) < 0) {
      document.cookie = 'lobby-tz=' + encodeURIComponent(zone) + '; path=/; max-age=31536000; SameSite=Lax';
    }
  } catch (ignored) {
    // no Intl: UTC
  }

  // htmx requests carry the CSRF token as a header, read from the layout's meta tags.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = meta('_csrf');
    var header = meta('_csrf_header');
    if (token && header) {
      event.detail.headers[header] = token;
    }
  });

  // A message above the grid, in its live region; text only, never HTML.
  function show(kind, text) {
    var messages = document.getElementById('messages');
    if (!messages) {
      return;
    }
    var alert = document.createElement('div');
    alert.className = 'alert alert-dismissible alert-' + kind;
    alert.setAttribute('role', kind === 'success' ? 'status' : 'alert');
    var span = document.createElement('span');
    span.textContent = text;
    var close = document.createElement('button');
    close.type = 'button';
    close.className = 'btn-close';
    close.setAttribute('data-bs-dismiss', 'alert');
    close.setAttribute('aria-label', messages.dataset.close || 'Close');
    alert.appendChild(span);
    alert.appendChild(close);
    messages.replaceChildren(alert);
  }

  function refreshGrid() {
    var grid = document.getElementById('users-grid');
    if (grid && window.htmx) {
      window.htmx.ajax('GET', grid.dataset.url, { target: '#users-grid', swap: 'outerHTML' });
    }
  }

  // Copy invitation link: the link is fetched only now (a POST, which is audited) and put on
  // the clipboard; the grid's HTML never holds it.
  document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-copy-link]');
    if (!button) {
      return;
    }
    var headers = { 'Accept': 'application/json' };
    if (meta('_csrf_header')) {
      headers[meta('_csrf_header')] = meta('_csrf');
    }
    fetch(button.dataset.copyLink, { method: 'POST', headers: headers, credentials: 'same-origin' })
      .then(function (response) {
        return response.json().then(function (body) { return { ok: response.ok, body: body }; });
      })
      .then(function (answer) {
        if (!answer.ok) {
          show('danger', answer.body.message);
          refreshGrid();
          return;
        }
        return navigator.clipboard.writeText(answer.body.url).then(function () {
          show('success', answer.body.message);
        }, function () {
          // No clipboard (e.g. a page served over plain HTTP): show the link to copy by hand.
          show('warning', answer.body.url);
        });
      })
      .catch(function () {
        var messages = document.getElementById('messages');
        show('danger', (messages && messages.dataset.copyFailed) || 'The link could not be fetched. Try again.');
      });
  });

  // The remove dialog names the member of the row it was opened from.
  document.addEventListener('show.bs.modal', function (event) {
    var dialog = event.target;
    var trigger = event.relatedTarget;
    if (dialog.id !== 'remove-dialog' || !trigger) {
      return;
    }
    dialog.querySelector('[data-remove-name]').textContent = trigger.dataset.removeName;
    dialog.querySelector('input[name="id"]').value = trigger.dataset.removeId;
    dialog.querySelector('input[name="version"]').value = trigger.dataset.removeVersion;
  });

  document.addEventListener('htmx:afterRequest', function (event) {
    var dialog = event.target.closest && event.target.closest('.modal');
    if (dialog && window.bootstrap) {
      window.bootstrap.Modal.getOrCreateInstance(dialog).hide();
    }
  });

  // After the grid was swapped, the filter form keeps its sort, and every action form and
  // the remove dialog send the grid's new state back.
  document.addEventListener('htmx:afterSettle', function () {
    var grid = document.getElementById('users-grid');
    var form = document.getElementById('grid-filters');
    if (!grid || !form) {
      return;
    }
    form.elements.sort.value = grid.dataset.sort || '';
    form.elements.dir.value = grid.dataset.dir || '';
    var state = grid.dataset.state;
    document.querySelectorAll('#remove-dialog input[name="state"], #grid-columns input[name="state"]').forEach(function (input) {
      input.value = state || '';
    });
  });

  // --- wizard: the Add user wizard's checks as you type, and the member page's tabs ---

  // What a field of a wizard step lacks, in the page's own words (data-msg-*); empty when
  // nothing. Only a first check for the person typing: the server checks every step again
  // with the invitation's own rules and its sentence wins.
  function problemOf(field) {
    if (field.matches('fieldset[data-min-one]')) {
      return field.querySelector('input[type="checkbox"]:checked') ? '' : field.dataset.msgRequired;
    }
    if (field.validity.valueMissing || field.value.trim() === '') {
      return field.dataset.msgRequired;
    }
    if (field.validity.typeMismatch || field.validity.tooLong) {
      return field.dataset.msgInvalid || field.dataset.msgRequired;
    }
    return '';
  }

  function mark(field, problem) {
    var feedback = document.getElementById(field.getAttribute('aria-describedby'));
    field.classList.toggle('is-invalid', !!problem);
    if (field.matches('fieldset')) {
      field.querySelectorAll('input').forEach(function (box) {
        box.toggleAttribute('aria-invalid', !!problem);
      });
    } else if (problem) {
      field.setAttribute('aria-invalid', 'true');
    } else {
      field.removeAttribute('aria-invalid');
    }
    if (feedback) {
      feedback.textContent = problem || '';
    }
  }

  function checkedFields(form) {
    return form.querySelectorAll('input[data-msg-required], fieldset[data-min-one]');
  }

  document.addEventListener('input', function (event) {
    var form = event.target.closest && event.target.closest('form[data-wizard-step]');
    if (!form) {
      return;
    }
    var field = event.target.closest('fieldset[data-min-one]') || event.target;
    if (field.matches('input[data-msg-required], fieldset[data-min-one]')) {
      mark(field, problemOf(field));
    }
  });

  // Next stays on the step while a field lacks something, and says so; Back always goes,
  // taking along what was typed.
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.matches('form[data-wizard-step]') || (event.submitter && event.submitter.hasAttribute('data-wizard-back'))) {
      return;
    }
    var first = null;
    checkedFields(form).forEach(function (field) {
      var problem = problemOf(field);
      mark(field, problem);
      if (problem && !first) {
        first = field;
      }
    });
    if (first) {
      event.preventDefault();
      (first.matches('fieldset') ? first.querySelector('input') : first).focus();
    }
  });

  // The member page's tabs: the address bar names the tab shown, so a reload or a shared
  // link opens it again.
  document.addEventListener('shown.bs.tab', function (event) {
    var tab = event.target;
    if (tab.hasAttribute('data-tab-url') && window.history.replaceState) {
      window.history.replaceState(null, '', tab.href);
    }
  });

  // The account switcher's search: hides the accounts whose name does not hold what was typed.
  document.addEventListener('input', function (event) {
    if (!event.target.matches('[data-account-search]')) {
      return;
    }
    var typed = event.target.value.trim().toLowerCase();
    document.querySelectorAll('[data-account-name]').forEach(function (item) {
      item.hidden = typed !== '' && item.dataset.accountName.indexOf(typed) < 0;
    });
  });
})();

// --- settings: Groups, Audit trail, API tokens, Account ---
(function () {
  'use strict';

  // Tooltips: e.g. why a group's Delete is disabled (the reason is also in the page for
  // screen readers).
  document.addEventListener('DOMContentLoaded', function () {
    if (!window.bootstrap) {
      return;
    }
    document.querySelectorAll('[data-bs-toggle="tooltip"]').forEach(function (element) {
      window.bootstrap.Tooltip.getOrCreateInstance(element);
    });
  });

  // A form with data-confirm asks in #confirm-dialog first; Confirm submits it. Without
  // JavaScript (or without the dialog) the form simply posts.
  var pending = null;
  document.addEventListener('submit', function (event) {
    var form = event.target;
    var dialog = document.getElementById('confirm-dialog');
    if (!form.dataset || !form.dataset.confirm || !dialog || !window.bootstrap || form.dataset.confirmed) {
      return;
    }
    event.preventDefault();
    pending = form;
    dialog.querySelector('[data-confirm-text]').textContent = form.dataset.confirm;
    window.bootstrap.Modal.getOrCreateInstance(dialog).show();
  });
  document.addEventListener('click', function (event) {
    if (!event.target.closest('[data-confirm-ok]') || !pending) {
      return;
    }
    var form = pending;
    pending = null;
    form.dataset.confirmed = 'true';
    form.requestSubmit ? form.requestSubmit() : form.submit();
  });

  // A Copy button copies the text of the element its data-copy-target names, and says so
  // in its data-copied text.
  document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-copy-target]');
    if (!button) {
      return;
    }
    var source = document.getElementById(button.dataset.copyTarget);
    if (!source || !navigator.clipboard) {
      return;
    }
    var text = source.value !== undefined ? source.value : source.textContent;
    navigator.clipboard.writeText(text).then(function () {
      var status = document.getElementById(button.dataset.copyStatus || '');
      if (status) {
        status.textContent = button.dataset.copied || '';
      }
    });
  });
})();
