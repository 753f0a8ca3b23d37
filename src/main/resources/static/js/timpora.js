// Small behaviours that CSP forbids as inline handlers.
document.addEventListener("click", (event) => {
  const confirmable = event.target.closest("[data-confirm]");
  if (confirmable && !window.confirm(confirmable.dataset.confirm)) {
    event.preventDefault();
  }
});

// An htmx request answered 503 (the database is away, infrastructure/web/DatabaseOutage) puts that page's message on
// top of the current page instead of failing silently.
document.addEventListener("htmx:responseError", (event) => {
  const xhr = event.detail.xhr;
  const content = document.getElementById("content");
  if (!xhr || xhr.status !== 503 || !content || document.getElementById("serviceUnavailable")) {
    return;
  }
  const page = new DOMParser().parseFromString(xhr.responseText, "text/html");
  const title = page.getElementById("unavailableTitle");
  const text = page.getElementById("unavailableText");
  if (!title) {
    return;
  }
  const alert = document.createElement("div");
  alert.id = "serviceUnavailable";
  alert.className = "alert alert-warning";
  alert.setAttribute("role", "alert");
  const strong = document.createElement("strong");
  strong.textContent = title.textContent;
  alert.append(strong, " ", text ? text.textContent : "");
  content.prepend(alert);
});

// The error summary of a refused form (fragments/error-summary): its lines follow the order of the fields on the
// page, it takes the focus when the page opens, and each link moves the focus to its field (GOV.UK pattern).
(() => {
  const focusable = "input:not([type=hidden]):not([disabled]), select:not([disabled]), textarea:not([disabled]), button";

  function fieldOf(link) {
    const id = decodeURIComponent(link.hash.slice(1));
    const field = link.dataset.field;
    let target = document.getElementById(id);
    if (!target && field) {
      target = document.querySelector(`[data-field-for="${CSS.escape(field)}"]`)
        || document.getElementsByName(field)[0] || null;
    }
    if (target && (target.type === "hidden" || !target.matches(focusable))) {
      const box = target.matches(focusable) ? target.parentElement : target;
      target = box.querySelector(focusable) || target.closest(".mb-3, fieldset")?.querySelector(focusable) || target;
    }
    return target;
  }

  function sortByPosition(summary) {
    const list = summary.querySelector(".error-summary-list");
    if (!list) {
      return;
    }
    const items = [...list.children].map((item, index) => {
      const link = item.querySelector("a[href^='#']");
      return { item, index, field: link ? fieldOf(link) : null };
    });
    items.sort((a, b) => {
      if (!a.field || !b.field) {
        return a.field ? 1 : b.field ? -1 : a.index - b.index;
      }
      if (a.field === b.field) {
        return a.index - b.index;
      }
      return a.field.compareDocumentPosition(b.field) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    });
    items.forEach(({ item }) => list.appendChild(item));
  }

  document.addEventListener("DOMContentLoaded", () => {
    const summaries = document.querySelectorAll("[data-error-summary]");
    summaries.forEach((summary) => {
      summary.closest("details")?.setAttribute("open", "");
      sortByPosition(summary);
    });
    if (summaries.length > 0) {
      summaries[0].focus();
    }
  });

  document.addEventListener("click", (event) => {
    const link = event.target.closest("[data-error-summary] a[href^='#']");
    if (!link) {
      return;
    }
    const field = fieldOf(link);
    if (!field) {
      return;
    }
    event.preventDefault();
    const label = field.id ? document.querySelector(`label[for="${CSS.escape(field.id)}"]`) : null;
    (label || field).scrollIntoView({ block: "center" });
    field.focus({ preventScroll: true });
  });
})();
