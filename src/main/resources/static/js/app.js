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
document.addEventListener('focusin', function (event) {
  if (event.target.matches && event.target.matches('[data-select-on-focus]')) {
    event.target.select();
  }
});
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

// Phone layout: below 576 px app.css shows each row of a main table as a card of "label: value" lines; the label of
// every cell is its column's header text, copied here into data-label (a cell that already has one keeps it).
function labelTables(root) {
  (root || document).querySelectorAll('main table.table:not(.table-grid)').forEach(function (table) {
    if (!table.tHead || !table.tHead.rows.length) {
      return;
    }
    var labels = headerLabels(table.tHead.rows);
    Array.prototype.forEach.call(table.tBodies, labelRows);
    if (table.tFoot) {
      labelRows(table.tFoot);
    }
    function labelRows(section) {
      Array.prototype.forEach.call(section.rows, function (row) {
        var column = 0;
        Array.prototype.forEach.call(row.cells, function (cell) {
          if (!cell.hasAttribute('data-label')) {
            cell.setAttribute('data-label', cell.colSpan > 1 && cell.colSpan >= labels.length ? '' : (labels[column] || ''));
          }
          column += cell.colSpan || 1;
        });
      });
    }
  });
}

// The label of each column of a header that may span several rows (rowspan, colspan): the texts of the header
// cells above the column from top to bottom, e.g. "民主测评（票数）· 优秀".
function headerLabels(rows) {
  var grid = [];
  Array.prototype.forEach.call(rows, function (row, r) {
    grid[r] = grid[r] || [];
    var column = 0;
    Array.prototype.forEach.call(row.cells, function (th) {
      while (grid[r][column] !== undefined) {
        column++;
      }
      var text = th.textContent.replace(/\s+/g, ' ').trim();
      for (var dr = 0; dr < (th.rowSpan || 1); dr++) {
        grid[r + dr] = grid[r + dr] || [];
        for (var dc = 0; dc < (th.colSpan || 1); dc++) {
          grid[r + dr][column + dc] = text;
        }
      }
      column += th.colSpan || 1;
    });
  });
  var width = Math.max.apply(null, grid.map(function (g) { return g.length; }));
  var labels = [];
  for (var c = 0; c < width; c++) {
    var parts = [];
    grid.forEach(function (g) {
      if (g[c] && parts.indexOf(g[c]) < 0) {
        parts.push(g[c]);
      }
    });
    labels.push(parts.join(' · '));
  }
  return labels;
}

// The menu marks the link of the page shown: the one whose address is this page's, or its longest leading part.
function markActiveMenuLink() {
  var best = null;
  var bestScore = 0;
  document.querySelectorAll('#main-menu a.app-menu-link[href]').forEach(function (link) {
    var url = new URL(link.href, window.location.href);
    var here = window.location.pathname;
    var score = 0;
    if (url.pathname === here) {
      score = 1000 + url.pathname.length;
    } else if (url.pathname !== '/' && here.indexOf(url.pathname + '/') === 0) {
      score = url.pathname.length;
    }
    if (score > bestScore) {
      best = link;
      bestScore = score;
    }
  });
  if (best) {
    best.classList.add('active');
    best.setAttribute('aria-current', 'page');
  }
}

// Breadcrumbs: 首页 › the page's own trail if its <main> brings one, else 首页 › the page's title.
function fillBreadcrumbs() {
  var crumbs = document.getElementById('app-crumbs');
  if (!crumbs) {
    return;
  }
  var list = crumbs.querySelector('ol');
  var titleItem = list.querySelector('[data-crumb-title]');
  var own = document.querySelector('main nav[aria-label="breadcrumb"] ol.breadcrumb');
  if (own) {
    Array.prototype.slice.call(own.children).forEach(function (item) {
      if (item.textContent.trim() !== '首页') {
        list.insertBefore(item, titleItem);
      }
    });
    titleItem.remove();
    own.closest('nav').remove();
    return;
  }
  if (window.location.pathname === '/' || window.location.pathname === '') {
    crumbs.classList.add('d-none');
    return;
  }
  titleItem.textContent = document.title.split(' - ')[0];
}

labelTables(document);
markActiveMenuLink();
fillBreadcrumbs();
document.addEventListener('htmx:afterSettle', function (event) { labelTables(event.detail.elt.parentNode || document); });
