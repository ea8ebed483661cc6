// The crowd's phone page: joins with the board's code, shows the current step, sends ideas and keeps them until the
// server has acknowledged them (an outbox in localStorage, sent again after a drop, under the same nonce: never lost,
// never twice). Talks to /crowd/{code}/socket in small JSON messages.
(function () {
  'use strict';
  var words = JSON.parse(document.getElementById('words').textContent);
  var code = document.body.dataset.code;
  var store = 'atelier.crowd.' + code;
  var state = JSON.parse(localStorage.getItem(store) || '{}');
  state.outbox = state.outbox || [];
  var socket = null;
  var retry = 0;
  var ideas = {};
  var step = null;
  var dots = {};
  var $ = function (id) { return document.getElementById(id); };

  function save() { localStorage.setItem(store, JSON.stringify(state)); }
  function show(section) {
    ['join', 'wait', 'write', 'vote', 'ended'].forEach(function (id) { $(id).hidden = id !== section; });
  }
  function status(text) { $('status').textContent = text || ''; }

  $('name-label').textContent = words.name;
  $('join-button').textContent = words.join;
  $('wait-text').textContent = words.wait;
  $('send').textContent = words.send;
  $('ended-text').textContent = words.ended;
  $('mine-title').textContent = words.mine;
  $('moderated').textContent = words.moderated;
  $('vote-prompt').textContent = words.vote;
  $('react-label').textContent = words.react;
  words.reactions.forEach(function (reaction) {
    var button = document.createElement('button');
    button.type = 'button';
    button.textContent = reaction;
    button.addEventListener('click', function () {
      if (socket && socket.readyState === WebSocket.OPEN) {
        socket.send(JSON.stringify({ type: 'react', reaction: reaction }));
      }
    });
    $('reactions').appendChild(button);
  });

  function connect() {
    var scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
    socket = new WebSocket(scheme + location.host + '/crowd/' + encodeURIComponent(code) + '/socket');
    socket.onopen = function () {
      retry = 0;
      status('');
      socket.send(JSON.stringify({ type: 'hello', secret: state.secret || null, name: state.name || null,
        lang: document.documentElement.lang }));
    };
    socket.onmessage = function (event) { receive(JSON.parse(event.data)); };
    socket.onclose = function () {
      socket = null;
      status(words.offline);
      retry = Math.min(retry + 1, 5);
      setTimeout(connect, 500 * Math.pow(2, retry - 1) + Math.random() * 500);
    };
  }

  function receive(m) {
    switch (m.type) {
      case 'welcome':
        state.secret = m.secret;
        save();
        state.outbox.forEach(function (idea) { sendIdea(idea); }); // what was not acknowledged before the drop
        break;
      case 'step': showStep(m); break;
      case 'mine':
        m.ideas.forEach(function (i) { ideas[i.nonce] = i; });
        dots = m.dots || {};
        renderMine();
        renderVote();
        break;
      case 'dots': dots = m.dots; renderVote(); break;
      case 'ack':
        state.outbox = state.outbox.filter(function (i) { return i.nonce !== m.nonce; });
        save();
        ideas[m.nonce] = m.idea;
        renderMine();
        break;
      case 'idea': ideas[m.idea.nonce] = m.idea; renderMine(); break;
      case 'error':
        if (m.nonce) { // refused for good (too long, not the time): it leaves the outbox, its text goes back
          var refused = state.outbox.filter(function (i) { return i.nonce === m.nonce; })[0];
          state.outbox = state.outbox.filter(function (i) { return i.nonce !== m.nonce; });
          save();
          if (refused && !$('idea').value) { $('idea').value = refused.text; counter(); }
          renderMine();
        }
        status(m.message);
        break;
    }
  }

  function showStep(m) {
    step = m;
    $('react').hidden = !m.on;
    if (!m.on) { show('ended'); return; }
    if (m.step === 'write') {
      var lang = document.documentElement.lang;
      $('prompt').textContent = words.write + ' ' + (m.zoneLabel[lang] || m.zoneLabel.en);
      $('idea').maxLength = m.maxChars;
      $('moderated').hidden = !m.moderated;
      counter();
      show('write');
    } else if (m.step === 'vote' && m.shortlist) {
      if (step.round !== state.round) { dots = {}; state.round = step.round; save(); } // a new vote: a new ballot
      renderVote();
      show('vote');
    } else {
      show('wait');
    }
  }

  function renderVote() {
    if (!step || step.step !== 'vote' || !step.shortlist) { return; }
    var used = Object.keys(dots).reduce(function (n, k) { return n + dots[k]; }, 0);
    $('dots-left').textContent = words.dotsLeft.replace('{0}', step.dots - used);
    var list = $('shortlist');
    list.textContent = '';
    step.shortlist.forEach(function (card) {
      var item = document.createElement('li');
      var text = document.createElement('span');
      text.className = 'text';
      text.textContent = card.text; // text, never markup
      var mine = document.createElement('span');
      mine.className = 'my-dots';
      mine.textContent = '●'.repeat(dots[card.id] || 0);
      var add = document.createElement('button');
      add.type = 'button';
      add.className = 'add';
      add.textContent = '+';
      add.setAttribute('aria-label', words.addDot + ' — ' + card.text);
      add.disabled = used >= step.dots;
      add.addEventListener('click', function () { vote(card.id, true); });
      var remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'remove';
      remove.textContent = '−';
      remove.setAttribute('aria-label', words.removeDot + ' — ' + card.text);
      remove.disabled = !dots[card.id];
      remove.addEventListener('click', function () { vote(card.id, false); });
      item.append(text, mine, add, remove);
      list.appendChild(item);
    });
  }

  function vote(cardId, add) {
    if (socket && socket.readyState === WebSocket.OPEN) {
      socket.send(JSON.stringify({ type: 'vote', cardId: cardId, add: add }));
    }
  }

  function counter() {
    var left = (step && step.maxChars || 0) - $('idea').value.length;
    $('chars').textContent = words.charsLeft.replace('{0}', left);
  }

  function sendIdea(idea) {
    if (socket && socket.readyState === WebSocket.OPEN && state.secret) {
      socket.send(JSON.stringify({ type: 'idea', nonce: idea.nonce, text: idea.text }));
    }
  }

  function nonce() {
    var bytes = new Uint8Array(12);
    crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  }

  function renderMine() {
    var list = $('mine');
    list.textContent = '';
    var all = Object.keys(ideas).map(function (k) { return ideas[k]; })
      .sort(function (a, b) { return a.sentAt < b.sentAt ? 1 : -1; });
    state.outbox.forEach(function (i) { all.unshift({ text: i.text, status: 'sending' }); });
    if (!all.length) {
      var none = document.createElement('li');
      none.textContent = words.none;
      list.appendChild(none);
    }
    all.forEach(function (i) {
      var item = document.createElement('li');
      item.className = i.status;
      item.textContent = i.text; // text, never markup
      var s = document.createElement('span');
      s.className = 'state';
      s.textContent = words[i.status] || '';
      item.appendChild(s);
      list.appendChild(item);
    });
  }

  $('idea').addEventListener('input', counter);
  $('send').addEventListener('click', function () {
    var text = $('idea').value.trim();
    if (!text) { return; }
    var idea = { nonce: nonce(), text: text };
    state.outbox.push(idea);
    save();
    $('idea').value = '';
    counter();
    renderMine();
    sendIdea(idea);
  });
  $('join-button').addEventListener('click', function () {
    state.name = $('name').value.trim();
    save();
    show('wait');
    connect();
  });

  renderMine();
  if (state.secret) {
    show('wait');
    connect();
  } else {
    show('join');
  }
})();
