// The meeting recording form (life/form.html, recruitment/assembly.html): agenda rows added and removed in place,
// and vote counts kept at "every voter present in favour" as attendance changes, until the secretary types a count.
// Without this script the form still works: 添加议题 submits and the server adds a row; empty counts are computed.
(function () {
  'use strict';

  function presentVoters() {
    return document.querySelectorAll('.att-row[data-voting=true] input[type=radio][value=PRESENT]:checked').length;
  }

  function number(input) {
    var n = parseInt(input && input.value, 10);
    return isNaN(n) ? 0 : n;
  }

  // A count filled in by this script carries data-auto; typing in it (or in against/abstain) ends that.
  function refreshVotes() {
    var voters = presentVoters();
    document.querySelectorAll('[data-vote-for]').forEach(function (box) {
      var scope = box.closest('[data-vote-scope]');
      var inFavour = scope.querySelector('[data-vote-count=for]');
      var active = !box.matches('input[type=checkbox]') || box.checked;
      if (!active) {
        return;
      }
      var against = scope.querySelector('[data-vote-count=against]');
      var abstain = scope.querySelector('[data-vote-count=abstain]');
      [against, abstain].forEach(function (field) {
        if (field && field.value === '') {
          field.value = '0';
          field.dataset.auto = 'true';
        }
      });
      if (inFavour.value === '' || inFavour.dataset.auto === 'true') {
        inFavour.value = String(Math.max(0, voters - number(against) - number(abstain)));
        inFavour.dataset.auto = 'true';
      }
    });
  }

  function renumber(list) {
    list.querySelectorAll('.agenda-row').forEach(function (row, i) {
      row.querySelectorAll('[aria-label]').forEach(function (el) {
        el.setAttribute('aria-label', el.getAttribute('aria-label').replace(/\d+$/, String(i + 1)));
      });
      var vote = row.querySelector('input[name=itemVote]');
      if (vote) {
        vote.value = String(i);
      }
      var title = row.querySelector('input[name=itemTitle]');
      title.placeholder = i === 0 ? '议题（不填则同会议主题）' : '议题';
      var remove = row.querySelector('[data-agenda-remove]');
      remove.hidden = list.querySelectorAll('.agenda-row').length < 2;
    });
  }

  function addRow(list) {
    var rows = list.querySelectorAll('.agenda-row');
    var row = rows[rows.length - 1].cloneNode(true);
    row.querySelectorAll('input, textarea').forEach(function (field) {
      if (field.type === 'checkbox') {
        field.checked = false;
      } else {
        field.value = '';
        delete field.dataset.auto;
      }
    });
    list.appendChild(row);
    renumber(list);
    row.querySelector('input[name=itemTitle]').focus();
  }

  document.addEventListener('DOMContentLoaded', function () {
    var list = document.getElementById('agenda-rows');
    if (list) {
      renumber(list);
    }
    refreshVotes();
  });

  document.addEventListener('click', function (event) {
    var add = event.target.closest('[data-agenda-add]');
    var remove = event.target.closest('[data-agenda-remove]');
    var list = document.getElementById('agenda-rows');
    if (add && list) {
      event.preventDefault();
      addRow(list);
    } else if (remove && list) {
      remove.closest('.agenda-row').remove();
      renumber(list);
    } else if (event.target.closest('[data-check-all]')) {
      window.setTimeout(refreshVotes, 0);
    }
  });

  document.addEventListener('change', function (event) {
    var target = event.target;
    if (target.matches('[data-vote-for]') && !target.checked) {
      var scope = target.closest('[data-vote-scope]');
      scope.querySelectorAll('[data-vote-count]').forEach(function (field) {
        if (field.dataset.auto === 'true') {
          field.value = '';
          delete field.dataset.auto;
        }
      });
    }
    if (target.matches('.att-row input[type=radio], [data-vote-for]')) {
      refreshVotes();
    }
  });

  // The topic is the first agenda item until that item's title is typed over.
  function mirrorTopic(topic) {
    var first = document.querySelector('#agenda-rows input[name=itemTitle]');
    if (first && (first.value === '' || first.dataset.auto === 'true')) {
      first.value = topic.value;
      first.dataset.auto = 'true';
    }
  }

  document.addEventListener('input', function (event) {
    var target = event.target;
    if (target.id === 'topic') {
      mirrorTopic(target);
    } else if (target.name === 'itemTitle') {
      delete target.dataset.auto;
    }
    if (target.matches('[data-vote-count]')) {
      delete target.dataset.auto;
      if (target.dataset.voteCount !== 'for') {
        refreshVotes();
      }
    }
  });
}());
