// Sends the CSRF token with every htmx request, and wires drag-and-drop moves in the organization tree.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

document.addEventListener('dragstart', function (event) {
  var node = event.target.closest && event.target.closest('[data-org-id][draggable="true"]');
  if (node) {
    event.dataTransfer.setData('text/plain', node.dataset.orgId);
    event.dataTransfer.effectAllowed = 'move';
  }
});
document.addEventListener('dragover', function (event) {
  var target = event.target.closest && event.target.closest('[data-org-id]');
  if (target) {
    event.preventDefault();
    target.classList.add('drop-target');
  }
});
document.addEventListener('dragleave', function (event) {
  var target = event.target.closest && event.target.closest('[data-org-id]');
  if (target) {
    target.classList.remove('drop-target');
  }
});
document.addEventListener('drop', function (event) {
  var target = event.target.closest && event.target.closest('[data-org-id]');
  if (!target) {
    return;
  }
  event.preventDefault();
  target.classList.remove('drop-target');
  var orgId = event.dataTransfer.getData('text/plain');
  if (!orgId || orgId === target.dataset.orgId) {
    return;
  }
  var source = document.querySelector('[data-org-id="' + orgId + '"]');
  var name = source ? source.dataset.orgName : orgId;
  if (!window.confirm('确定将“' + name + '”及其全部下级组织移动到“' + target.dataset.orgName + '”之下吗？')) {
    return;
  }
  var form = document.getElementById('drag-move-form');
  form.action = form.dataset.base.replace('ID', orgId);
  form.querySelector('[name=parentId]').value = target.dataset.orgId;
  form.querySelector('[name=version]').value = source ? source.dataset.version : '';
  form.submit();
});

// Behaviour the templates declare with data attributes (the Content-Security-Policy allows no inline handlers).
// Confirmations run in the capture phase, before htmx or the browser act on the click or the submission.
document.addEventListener('click', function (event) {
  var trigger = event.target.closest && event.target.closest('[data-confirm]:not(form)');
  if (trigger && !window.confirm(trigger.dataset.confirm)) {
    event.preventDefault();
    event.stopImmediatePropagation();
  }
}, true);
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (form.matches && form.matches('form[data-confirm]') && !window.confirm(form.dataset.confirm)) {
    event.preventDefault();
    event.stopImmediatePropagation();
  }
}, true);
document.addEventListener('click', function (event) {
  var target = event.target.closest && event.target.closest('[data-print],[data-history-back],[data-check-all],[data-expand-once]');
  if (!target) {
    return;
  }
  if (target.hasAttribute('data-print')) {
    window.print();
  } else if (target.hasAttribute('data-history-back')) {
    event.preventDefault();
    window.history.back();
  } else if (target.hasAttribute('data-check-all')) {
    document.querySelectorAll(target.dataset.checkAll).forEach(function (box) { box.checked = true; });
  } else {
    target.textContent = '▾';
    target.disabled = true;
  }
});
document.addEventListener('change', function (event) {
  if (event.target.matches && event.target.matches('[data-submit-on-change]')) {
    event.target.form.submit();
  }
});

// Widths computed by the server (progress bars) arrive as data-width and are applied here.
function applyWidths(root) {
  (root || document).querySelectorAll('[data-width]').forEach(function (bar) {
    bar.style.width = bar.dataset.width + '%';
  });
}
applyWidths(document);
document.addEventListener('htmx:afterSwap', function (event) { applyWidths(event.detail.elt.parentNode || document); });
