// The list pattern (templates/fragments/list.html): the organization picker and the pager's page-size choice.
(function () {
  function picker(el) { return el.closest('[data-org-picker]'); }

  function choose(box, id, name) {
    box.querySelector('[data-org-value]').value = id;
    box.querySelector('[data-org-label]').textContent = name;
    var details = box.querySelector('details');
    if (details) { details.open = false; }
    box.dispatchEvent(new CustomEvent('org-picked', { bubbles: true, detail: { id: id, name: name } }));
  }

  document.addEventListener('click', function (event) {
    var pick = event.target.closest('[data-org-pick]');
    if (pick && picker(pick)) {
      choose(picker(pick), pick.getAttribute('data-org-id'), pick.getAttribute('data-org-name'));
      return;
    }
    var clear = event.target.closest('[data-org-clear]');
    if (clear && picker(clear)) {
      var box = picker(clear);
      choose(box, '', box.getAttribute('data-empty-label'));
      return;
    }
    var toggle = event.target.closest('[data-org-toggle]');
    if (toggle) {
      var node = toggle.closest('.org-node');
      node.classList.toggle('open');
      toggle.textContent = node.classList.contains('open') ? '−' : '+';
    }
  });

  document.addEventListener('change', function (event) {
    if (event.target.matches('[data-autosubmit]') && event.target.form) {
      var page = event.target.form.querySelector('[name=page]');
      if (page) { page.value = 1; }
      event.target.form.requestSubmit();
    }
  });

  // Enter in the picker's search box searches; it must not submit the surrounding filter form.
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && event.target.matches('[data-org-search]')) {
      event.preventDefault();
    }
  });
})();
