// Starts Swagger UI for the tracker in place of Swashbuckle's index.js, whose request interceptors are built with
// Function(), which the Content-Security-Policy (script-src 'self') rightly forbids.
//
// "Try it out" then works two ways:
// - signed in to the web app (the session cookie goes with every request from this origin): a change also needs the
//   X-CSRF-TOKEN header, so the interceptor sends the antiforgeryToken of the last session response, reading
//   GET /api/session when it has none (signing in or out here through POST/DELETE /api/session replaces it);
// - with a personal API token: "Authorize" takes it and Swagger UI sends Authorization: Bearer apt_...
(function () {
  'use strict';
  var antiforgeryToken = null;
  var unsafeMethods = ['POST', 'PUT', 'PATCH', 'DELETE'];

  function isSessionUrl(url) {
    return new URL(url, window.location.href).pathname === '/api/session';
  }

  function readToken() {
    if (antiforgeryToken) return Promise.resolve(antiforgeryToken);
    return fetch('/api/session', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (session) {
        antiforgeryToken = session && session.antiforgeryToken ? session.antiforgeryToken : null;
        return antiforgeryToken;
      })
      .catch(function () { return null; });
  }

  function sendAntiforgeryToken(request) {
    var method = (request.method || 'GET').toUpperCase();
    if (unsafeMethods.indexOf(method) < 0 || request.headers['X-CSRF-TOKEN']) return request;
    // Signing in needs no token: it is what gives one.
    if (method === 'POST' && isSessionUrl(request.url)) return request;
    return readToken().then(function (token) {
      if (token) request.headers['X-CSRF-TOKEN'] = token;
      return request;
    });
  }

  function rememberToken(response) {
    if (response.url && isSessionUrl(response.url)) {
      var body = response.body || response.obj;
      antiforgeryToken = body && body.antiforgeryToken ? body.antiforgeryToken : null;
    }
    return response;
  }

  window.addEventListener('load', function () {
    window.ui = SwaggerUIBundle({
      url: '/swagger/v1/swagger.json',
      dom_id: '#swagger-ui',
      presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
      layout: 'StandaloneLayout',
      validatorUrl: null,
      deepLinking: true,
      // A filter box that narrows the page to the tags whose names, and the operations whose paths, contain what is typed. With 150
      // or more rows (tags plus the operations of open tags) Swagger UI 5.3x draws only the rows near the viewport
      // (the operations list is virtualised), so find-in-page and scripts no longer see every operation; the filter
      // brings one area's operations back in full.
      filter: true,
      requestInterceptor: sendAntiforgeryToken,
      responseInterceptor: rememberToken,
    });
  });
})();
