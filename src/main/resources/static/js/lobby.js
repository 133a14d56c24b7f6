// Lobby's only script: no inline scripts anywhere (the Content-Security-Policy forbids them).
(function () {
  'use strict';

  // htmx requests carry the CSRF token as a header, read from the layout's meta tags.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });
})();
