// The password policy checked as the person types (the server checks it again: user.Password).
// A password input with data-password-policy="<id of the rules list>" ticks the list's rules; an
// input with data-confirms="<id of the password input>" says when the two differ.
(function () {
  'use strict';

  var rules = {
    length: function (value) { return value.length >= 8 && value.length <= 128; },
    lower: function (value) { return /\p{Ll}/u.test(value); },
    upper: function (value) { return /\p{Lu}/u.test(value); },
    digit: function (value) { return /\p{Nd}/u.test(value); },
    special: function (value) { return /[^\p{L}\p{Nd}]/u.test(value); }
  };

  function check(input) {
    var list = document.getElementById(input.dataset.passwordPolicy);
    if (!list) {
      return;
    }
    list.querySelectorAll('[data-rule]').forEach(function (item) {
      var rule = rules[item.dataset.rule];
      var met = rule ? rule(input.value) : false;
      item.classList.toggle('met', met);
      var state = item.querySelector('.rule-state');
      if (state) {
        state.textContent = (met ? list.dataset.met : list.dataset.missing) + ' ';
      }
    });
  }

  function compare(confirmation) {
    var password = document.getElementById(confirmation.dataset.confirms);
    var feedback = document.getElementById(confirmation.id + '-error');
    if (!password || !feedback) {
      return;
    }
    var differs = confirmation.value.length > 0 && confirmation.value !== password.value;
    confirmation.classList.toggle('is-invalid', differs);
    if (differs) {
      confirmation.setAttribute('aria-invalid', 'true');
    } else {
      confirmation.removeAttribute('aria-invalid');
    }
    feedback.textContent = differs ? feedback.dataset.mismatch : '';
  }

  function wire() {
    document.querySelectorAll('input[data-password-policy]').forEach(function (input) {
      check(input);
      input.addEventListener('input', function () {
        check(input);
        document.querySelectorAll('input[data-confirms="' + input.id + '"]').forEach(compare);
      });
    });
    document.querySelectorAll('input[data-confirms]').forEach(function (input) {
      input.addEventListener('input', function () { compare(input); });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', wire);
  } else {
    wire();
  }
})();
