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
