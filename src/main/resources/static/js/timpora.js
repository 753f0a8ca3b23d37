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
