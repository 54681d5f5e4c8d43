/*
 * The local host's Custom UI bridge. Injected as the first <head> element of every Custom UI page, it defines
 * `globalThis.__bridge.callBridge(method, payload)`, which @forge/bridge requires when it is imported.
 * Identity (moduleKey, accountId, issueKey or projectKey, locale, theme, frameId, and a page's first route) comes from
 * this iframe's query string.
 * Server calls go to the endpoints in local/forge/bridge-protocol.ts; page-level effects (flags, navigation,
 * events, size) go to the host page by postMessage.
 */
(function () {
  'use strict';

  var BRIDGE = 'forge-local-bridge';
  var HOST = 'forge-local-host';
  var query = new URLSearchParams(window.location.search);
  var identity = {
    moduleKey: query.get('moduleKey') || '',
    accountId: query.get('accountId') || '',
    issueKey: query.get('issueKey') || undefined,
    projectKey: query.get('projectKey') || undefined,
    locale: query.get('locale') || 'en_US',
    theme: query.get('theme') === 'dark' ? 'dark' : 'light',
    frameId: query.get('frameId') || Math.random().toString(36).slice(2),
    // Set by the host for an issue action's modal: only a modal can be closed or submitted.
    modal: query.get('modal') === 'true',
    // Set by the dashboard page for a gadget's frame; `entryPoint=edit` is its edit view, which submits its configuration.
    dashboardId: query.get('dashboardId') || undefined,
    gadgetId: query.get('gadgetId') || undefined,
    entryPoint: query.get('entryPoint') === 'edit' || query.get('entryPoint') === 'config' ? query.get('entryPoint') : undefined,
    // Set by the Confluence page view for a macro's frame: its page, its local id there, and whether the page is edited.
    contentId: query.get('contentId') || undefined,
    macroLocalId: query.get('macroLocalId') || undefined,
    isEditing: query.get('isEditing') === 'true' ? true : undefined,
  };
  var themingEnabled = false;
  var listeners = new Map(); // event name -> Set of callbacks
  var flagActions = new Map(); // flag id -> [onClick]

  function toHost(type, data) {
    if (window.parent === window) return;
    window.parent.postMessage(Object.assign({ source: BRIDGE, type: type, frameId: identity.frameId }, data || {}), window.location.origin);
  }

  async function post(url, body) {
    var res = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    var text = await res.text();
    var json;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch (e) {
      json = undefined;
    }
    if (!res.ok) {
      var message =
        (json && (json.message || (json.error && json.error.message) || (json.errorMessages || []).join(' '))) ||
        url + ' answered ' + res.status;
      throw new Error(message);
    }
    return json;
  }

  function invokeError(error) {
    var e = new Error((error && error.message) || 'The resolver failed.');
    if (error && error.code) e.code = error.code;
    if (error && error.details !== undefined) e.details = error.details;
    return e;
  }

  function applyTheme() {
    var html = document.documentElement;
    html.setAttribute('data-color-mode', identity.theme);
    html.setAttribute('data-theme', 'light:light dark:dark spacing:spacing typography:typography');
    if (!document.getElementById('forge-local-tokens')) {
      var link = document.createElement('link');
      link.id = 'forge-local-tokens';
      link.rel = 'stylesheet';
      link.href = '/local/ui/tokens.css';
      // Before the app's own styles, so an app can still override a token.
      (document.head || html).insertBefore(link, (document.head || html).firstChild);
    }
  }

  function headersToRecord(headers) {
    var out = {};
    (headers || []).forEach(function (pair) {
      out[String(pair[0]).toLowerCase()] = String(pair[1]);
    });
    return out;
  }

  // One history per frame, as Jira's: its first entry is the route the host page was opened on (`?route=`, a global
  // page's sidebar page); each move is told to the host (`route`), which shows it in its URL and sidebar.
  var memoryHistory;
  function createMemoryHistory() {
    if (memoryHistory) return memoryHistory;
    var first = '/' + String(query.get('route') || '').replace(/^\/+/, '');
    var entries = [{ pathname: first, search: '', hash: '', state: null, key: 'default' }];
    var index = 0;
    var subscribers = new Set();
    var parse = function (path, state) {
      var url = new URL(typeof path === 'string' ? path : (path.pathname || '/') + (path.search || '') + (path.hash || ''), 'http://local');
      return {
        pathname: url.pathname,
        search: url.search,
        hash: url.hash,
        state: state === undefined ? null : state,
        key: Math.random().toString(36).slice(2, 10),
      };
    };
    var history = {
      action: 'POP',
      get location() {
        return entries[index];
      },
      set location(_) {
        /* @forge/bridge assigns it on every change; the getter already answers. */
      },
      get length() {
        return entries.length;
      },
      listen: function (fn) {
        subscribers.add(fn);
        return function () {
          subscribers.delete(fn);
        };
      },
      push: function (path, state) {
        entries = entries.slice(0, index + 1).concat([parse(path, state)]);
        index = entries.length - 1;
        notify('PUSH');
      },
      replace: function (path, state) {
        entries[index] = parse(path, state);
        notify('REPLACE');
      },
      go: function (delta) {
        var next = Math.max(0, Math.min(entries.length - 1, index + delta));
        if (next === index) return;
        index = next;
        notify('POP');
      },
      back: function () {
        history.go(-1);
      },
      forward: function () {
        history.go(1);
      },
      block: function () {
        return function () {};
      },
      createHref: function (to) {
        return typeof to === 'string' ? to : (to.pathname || '/') + (to.search || '') + (to.hash || '');
      },
    };
    function notify(action) {
      history.action = action;
      toHost('route', { pathname: entries[index].pathname, action: action });
      subscribers.forEach(function (fn) {
        fn(entries[index], action);
      });
    }
    memoryHistory = history;
    return history;
  }

  function subscribe(scope, payload) {
    var name = scope + payload.event;
    if (!listeners.has(name)) listeners.set(name, new Set());
    listeners.get(name).add(payload.callback);
    return {
      unsubscribe: function () {
        var set = listeners.get(name);
        if (set) set.delete(payload.callback);
      },
    };
  }

  var methods = {
    getContext: function () {
      return post('/local/bridge/context', {
        moduleKey: identity.moduleKey,
        accountId: identity.accountId,
        issueKey: identity.issueKey,
        projectKey: identity.projectKey,
        locale: identity.locale,
        theme: identity.theme,
        dashboardId: identity.dashboardId,
        gadgetId: identity.gadgetId,
        entryPoint: identity.entryPoint,
        contentId: identity.contentId,
        macroLocalId: identity.macroLocalId,
        isEditing: identity.isEditing,
      });
    },
    invoke: async function (p) {
      var answer = await post('/local/invoke', {
        moduleKey: identity.moduleKey,
        functionKey: p.functionKey,
        payload: p.payload,
        accountId: identity.accountId,
        issueKey: identity.issueKey,
        projectKey: identity.projectKey,
        locale: identity.locale,
        contentId: identity.contentId,
        macroLocalId: identity.macroLocalId,
      });
      if (!answer || answer.ok !== true) throw invokeError(answer && answer.error);
      // @forge/bridge expects `{body, metadata}` only when the caller passed metadata.
      return p.metadata ? { body: answer.result, metadata: {} } : answer.result;
    },
    fetchProduct: function (p) {
      var init = p.fetchRequestInit || {};
      return post('/local/bridge/fetch-product', {
        accountId: identity.accountId,
        product: p.product,
        restPath: p.restPath,
        fetchRequestInit: {
          method: init.method || 'GET',
          body: init.body == null ? undefined : init.body,
          headers: headersToRecord(init.headers),
        },
      });
    },
    showFlag: function (p) {
      var actions = (p.actions || []).map(function (a) {
        return { text: a.text };
      });
      flagActions.set(
        String(p.id),
        (p.actions || []).map(function (a) {
          return a.onClick;
        }),
      );
      toHost('showFlag', {
        flag: {
          id: String(p.id),
          title: p.title,
          description: p.description,
          type: p.type || 'info',
          appearance: p.appearance,
          isAutoDismiss: !!p.isAutoDismiss,
          actions: actions,
        },
      });
      return true;
    },
    closeFlag: function (p) {
      flagActions.delete(String(p.id));
      toHost('closeFlag', { id: String(p.id) });
      return true;
    },
    navigate: function (p) {
      toHost('navigate', { location: p });
    },
    getUrl: function (p) {
      if (p && p.target === 'issue' && p.issueKey) return window.location.origin + '/browse/' + encodeURIComponent(p.issueKey);
      return window.location.origin + '/';
    },
    reload: function () {
      toHost('reload');
    },
    enableTheming: function () {
      themingEnabled = true;
      applyTheme();
    },
    emit: function (p) {
      toHost('emit', { event: p.event, payload: p.payload, scope: 'app' });
    },
    on: function (p) {
      return subscribe('app:', p);
    },
    emitPublic: function (p) {
      toHost('emit', { event: p.event, payload: p.payload, scope: 'public' });
    },
    onPublic: function (p) {
      return subscribe('public:', p);
    },
    createHistory: function () {
      return createMemoryHistory();
    },
    changeWindowTitle: function () {
      return true;
    },
    emitReadyEvent: function () {
      return true;
    },
    // Sizing is automatic (see the ResizeObserver below); an explicit request needs no answer.
    resize: function () {
      reportSize();
      return true;
    },
    // A modal (an issue action) ends on close or submit; anything else answers false, which @forge/bridge turns
    // into "this resource's view is not closable/submittable", as on Jira.
    // A gadget's edit view submits its configuration (the dashboard page saves it and shows the view); so does a
    // macro's config view (`{config}`: the page view saves it in the page, as the editor would).
    submit: function (p) {
      if (!identity.modal && identity.entryPoint !== 'edit' && identity.entryPoint !== 'config') return false;
      toHost('submit', { payload: p });
      return true;
    },
    close: function (p) {
      if (!identity.modal && identity.entryPoint !== 'config') return false;
      toHost('close', { payload: p });
      return true;
    },
    // Rovo: whether the site has it (the host's setting, `POST /local/rovo {enabled}`), and opening its chat with an
    // agent. Where Rovo is off, `openRovo` answers false and @forge/bridge throws, as on a site without Rovo.
    isRovoEnabled: async function () {
      var answer = await post('/local/bridge/rovo/enabled', {});
      return !!(answer && answer.enabled);
    },
    openRovo: async function (p) {
      var answer = await post('/local/bridge/rovo/open', {
        accountId: identity.accountId,
        agentKey: p.agentKey,
        agentName: p.agentName,
        prompt: p.prompt,
        issueKey: identity.issueKey,
      });
      if (!answer || !answer.opened) return false;
      toHost('openRovo', { url: answer.chatUrl });
      return true;
    },
    // Nothing to open or refresh locally; answering true keeps the calls harmless.
    onClose: function () {
      return true;
    },
    open: function () {
      return true;
    },
    refresh: function () {
      return true;
    },
  };

  function callBridge(method, payload) {
    var fn = methods[method];
    if (!fn) return Promise.reject(new Error('The local Forge bridge does not implement "' + method + '".'));
    try {
      return Promise.resolve(fn(payload || {}));
    } catch (e) {
      return Promise.reject(e);
    }
  }

  var lastHeight = -1;
  function reportSize() {
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === lastHeight) return;
    lastHeight = height;
    toHost('resize', { height: height });
  }
  if (typeof ResizeObserver === 'function') new ResizeObserver(reportSize).observe(document.documentElement);
  window.addEventListener('load', reportSize);

  window.addEventListener('message', function (e) {
    var d = e.data;
    if (e.origin !== window.location.origin || e.source !== window.parent || !d || d.source !== HOST) return;
    if (d.type === 'event') {
      var set = listeners.get((d.scope === 'public' ? 'public:' : 'app:') + d.event);
      if (set)
        set.forEach(function (cb) {
          Promise.resolve()
            .then(function () {
              return cb(d.payload);
            })
            .catch(function (err) {
              console.error('[local bridge] event listener for "' + d.event + '" failed', err);
            });
        });
    } else if (d.type === 'route') {
      // A sidebar page of the host: the app's history moves there, as Jira's sidebar moves a global page's.
      var h = createMemoryHistory();
      if (h.location.pathname !== d.pathname) h.push(d.pathname);
    } else if (d.type === 'theme') {
      identity.theme = d.colorMode === 'dark' ? 'dark' : 'light';
      if (themingEnabled) applyTheme();
    } else if (d.type === 'flagAction') {
      var actions = flagActions.get(String(d.id)) || [];
      if (typeof actions[d.index] === 'function') actions[d.index]();
    }
  });

  globalThis.__bridge = { callBridge: callBridge };
})();
