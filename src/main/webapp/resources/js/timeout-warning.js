/*
 * Session-timeout warning after the MOJ pattern (WCAG 2.2.1 Timing adjustable): a modal <dialog> opens before the
 * server's idle timeout, with a countdown announced every 15 seconds and every second in the last 20; "Stay signed
 * in" asks /keep-alive and closes it, returning focus to where it was; Escape counts as staying; at zero, or if the
 * session has already lapsed, the user is signed out through the header's sign-out button.
 * Every tab of the portal shares one deadline (localStorage): a page load, an ajax update or "Stay signed in" in any
 * tab moves it for all of them, so a forgotten background tab never signs out the tab someone is typing in.
 */
(function () {
  'use strict';
  var dialog = document.getElementById('timeout-warning');
  if (!dialog || typeof dialog.showModal !== 'function') {
    return;
  }
  var data = dialog.dataset;
  var timeoutMs = Number(data.timeout) * 1000;
  var warnMs = Math.min(Number(data.warn) * 1000, timeoutMs / 2);
  if (!(timeoutMs > 0)) {
    return;
  }
  var KEY = 'portal.session.deadline';
  var countdown = document.getElementById('timeout-countdown');
  var announce = document.getElementById('timeout-announce');
  var stayButton = document.getElementById('timeout-stay');
  var local = 0;
  var warnTimer = null;
  var tick = null;
  var returnFocus = null;

  function deadline() {
    var shared = 0;
    try {
      shared = Number(window.localStorage.getItem(KEY)) || 0;
    } catch (e) {
      shared = 0;
    }
    return Math.max(local, shared);
  }

  /* The server has just seen this session: the deadline moves for every tab. */
  function touched() {
    local = Date.now() + timeoutMs;
    try {
      window.localStorage.setItem(KEY, String(local));
    } catch (e) {
      /* private mode: this tab's own deadline still works */
    }
    schedule();
  }

  function schedule() {
    clearTimeout(warnTimer);
    warnTimer = setTimeout(warn, Math.max(0, deadline() - warnMs - Date.now()));
  }

  function text(ms) {
    var s = Math.max(0, Math.ceil(ms / 1000));
    if (s > 60) {
      var m = Math.ceil(s / 60);
      return (m === 1 ? data.minute : data.minutes).replace('{0}', m);
    }
    return (s === 1 ? data.second : data.seconds).replace('{0}', s);
  }

  function update(first) {
    var left = deadline() - Date.now();
    if (left > warnMs + 1000) {
      close(false);
      schedule();
      return;
    }
    if (left <= 0) {
      clearInterval(tick);
      signOut();
      return;
    }
    var now = text(left);
    countdown.textContent = now;
    var s = Math.ceil(left / 1000);
    if (first === true || s <= 20 || s % 15 === 0) {
      announce.textContent = data.announce.replace('{0}', now);
    }
  }

  function warn() {
    if (deadline() - Date.now() > warnMs + 1000) {
      schedule();
      return;
    }
    clearInterval(tick);
    if (!dialog.open) {
      returnFocus = document.activeElement;
      dialog.showModal();
    }
    stayButton.focus();
    update(true);
    tick = setInterval(update, 1000);
  }

  function close(restoreFocus) {
    clearInterval(tick);
    announce.textContent = '';
    if (dialog.open) {
      dialog.close();
      if (restoreFocus !== false && returnFocus && typeof returnFocus.focus === 'function') {
        returnFocus.focus();
      }
    }
  }

  function stay() {
    fetch(data.keepalive, {credentials: 'same-origin', cache: 'no-store', redirect: 'manual'})
      .then(function (response) {
        if (response.status === 204) {
          close(true);
          touched();
        } else {
          signOut();
        }
      })
      .catch(signOut);
  }

  function signOut() {
    var button = document.getElementById('app-sign-out');
    if (button) {
      button.click();
    }
  }

  stayButton.addEventListener('click', stay);
  document.getElementById('timeout-signout').addEventListener('click', signOut);
  dialog.addEventListener('cancel', function (event) {
    event.preventDefault();
    stay();
  });
  window.addEventListener('storage', function (event) {
    if (event.key === KEY) {
      if (dialog.open) {
        update(false);
      } else {
        schedule();
      }
    }
  });
  if (window.jQuery) {
    window.jQuery(document).on('pfAjaxComplete', touched);
  }
  /* Opens the warning now, as if the warning time had come: for the browser tests and for support staff. */
  window.portalTimeoutWarning = {
    open: function () {
      clearTimeout(warnTimer);
      local = Date.now() + warnMs;
      try {
        window.localStorage.setItem(KEY, String(local));
      } catch (e) {
        /* this tab only */
      }
      warn();
    }
  };
  touched();
}());
