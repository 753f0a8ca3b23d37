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

// A checkbox list (fragments/components :: checkboxList): the filter box hides options whose name does not contain
// what was typed, the count says how many are checked, and a team choice with data-members-for regroups the list so
// that the team's members come first (and, until the user touches a checkbox, checks exactly those).
(() => {
  const fold = (text) => text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();

  function setUp(list) {
    const filter = list.querySelector("[data-checkbox-filter]");
    const count = list.querySelector("[data-checkbox-count]");
    const noMatch = list.querySelector("[data-checkbox-nomatch]");
    const boxes = () => [...list.querySelectorAll("input[type=checkbox]")];
    let touched = false;

    function showCount() {
      const checked = boxes().filter((box) => box.checked).length;
      count.textContent = `${checked} ${count.dataset.label}`;
    }

    function applyFilter() {
      const wanted = fold(filter.value.trim());
      let shown = 0;
      list.querySelectorAll("[data-option]").forEach((option) => {
        const match = wanted === "" || fold(option.textContent).includes(wanted);
        option.hidden = !match;
        shown += match ? 1 : 0;
      });
      list.querySelectorAll("[data-group]").forEach((group) => {
        const visible = group.querySelector("[data-option]:not([hidden])");
        group.querySelector(".checkbox-group-heading").hidden = !visible && wanted !== "";
        group.querySelector(".checkbox-group-empty").hidden =
          wanted !== "" || group.querySelector("[data-option]") !== null;
      });
      noMatch.hidden = shown > 0;
    }

    function regroup(memberIds) {
      const members = list.querySelector("[data-group=members]");
      const others = list.querySelector("[data-group=others]");
      if (!members || !others) {
        return;
      }
      const options = [...list.querySelectorAll("[data-option]")];
      options.sort((a, b) => a.textContent.trim().localeCompare(b.textContent.trim(), document.documentElement.lang));
      options.forEach((option) => {
        const box = option.querySelector("input[type=checkbox]");
        const member = memberIds.has(box.value);
        (member ? members : others).appendChild(option);
        if (!touched) {
          box.checked = member;
        }
      });
      showCount();
      applyFilter();
    }

    ["input", "change", "search"].forEach((type) => filter.addEventListener(type, applyFilter));
    filter.addEventListener("keydown", (event) => {
      if (event.key === "Enter") {
        event.preventDefault();
      }
    });
    list.addEventListener("change", (event) => {
      if (event.target.type === "checkbox") {
        touched = true;
        showCount();
      }
    });
    const team = document.querySelector(`[data-members-for="${CSS.escape(list.dataset.checkboxList)}"]`);
    if (team) {
      team.addEventListener("change", () => {
        const chosen = team.selectedOptions[0];
        const ids = (chosen && chosen.dataset.members ? chosen.dataset.members.split(" ") : []).filter(Boolean);
        regroup(new Set(ids));
      });
    }
    showCount();
    applyFilter();
  }

  document.addEventListener("DOMContentLoaded", () => {
    document.querySelectorAll("[data-checkbox-list]").forEach(setUp);
  });
})();

// The MRZ reader (fragments/mrz :: reader): the server reads the zone (POST /paspor/mrz, report/mrz/Mrz); when its
// answer says every check digit is right, the form fields named by the reader's data-mrz-* attributes are filled and
// every change is listed, with an undo. An invalid answer fills nothing. The layouts and check digits are known only
// on the server; here only the line lengths tell that a reader (or a person) has finished the last line, so that its
// Enter reads the zone instead of adding a line.
(() => {
  const parts = ["name", "nationality", "sex", "birthDate", "documentNumber", "expiry"];
  const key = (prefix, part) => prefix + part.charAt(0).toUpperCase() + part.slice(1);

  function complete(text) {
    const lines = text.split(/\r\n|\r|\n/).map((line) => line.replace(/\s/g, "")).filter((line) => line !== "");
    if (lines.length === 1) {
      return [88, 72, 90].includes(lines[0].length);
    }
    const width = lines.length > 0 ? lines[0].length : 0;
    return lines.every((line) => line.length === width)
      && ((lines.length === 2 && (width === 44 || width === 36)) || (lines.length === 3 && width === 30));
  }

  document.addEventListener("keydown", (event) => {
    const input = event.target.closest ? event.target.closest("[data-mrz-input]") : null;
    if (!input || event.key !== "Enter" || event.shiftKey || !complete(input.value)) {
      return;
    }
    event.preventDefault();
    input.closest("[data-mrz-reader]").querySelector("[data-mrz-read]").click();
  });

  function fieldNamed(reader, name) {
    const form = reader.closest("form");
    let field = form ? form.elements.namedItem(name) : document.getElementsByName(name)[0];
    if (field instanceof RadioNodeList) {
      field = [...field].find((element) => element.type !== "hidden") || field[0];
    }
    return field || null;
  }

  function shown(field, value) {
    if (field.tagName === "SELECT") {
      const option = [...field.options].find((candidate) => candidate.value === value);
      return option && value !== "" ? option.textContent.trim() : "";
    }
    return value;
  }

  function labelOf(field, name) {
    const label = field.id ? document.querySelector(`label[for="${CSS.escape(field.id)}"]`) : null;
    return label ? label.textContent.trim() : name;
  }

  function set(field, value) {
    field.value = value;
    field.dispatchEvent(new Event("input", { bubbles: true }));
    field.dispatchEvent(new Event("change", { bubbles: true }));
  }

  function fill(reader, outcome) {
    const texts = reader.dataset;
    const changes = [];
    parts.forEach((part) => {
      const name = reader.dataset[key("mrz", part)];
      const value = outcome.dataset[key("fill", part)];
      const field = name ? fieldNamed(reader, name) : null;
      if (!field || !value) {
        return;
      }
      if (field.tagName === "SELECT" && ![...field.options].some((option) => option.value === value)) {
        return;
      }
      const before = field.value;
      if (before !== value) {
        set(field, value);
      }
      changes.push({ field, name, before, after: value });
    });
    const box = outcome.querySelector("[data-mrz-changes]");
    if (!box || changes.length === 0) {
      return;
    }
    const title = document.createElement("p");
    title.className = "fw-semibold mb-1";
    title.textContent = texts.textFilled;
    const list = document.createElement("ul");
    list.className = "mrz-changes-list";
    list.id = "mrzChangeList";
    changes.forEach(({ field, name, before, after }) => {
      const item = document.createElement("li");
      item.dataset.mrzChanged = name;
      const label = document.createElement("span");
      label.className = "fw-semibold";
      label.textContent = `${labelOf(field, name)}: `;
      item.append(label, shown(field, after));
      if (before === after) {
        item.append(` (${texts.textUnchanged})`);
      } else {
        const old = document.createElement("del");
        old.textContent = before === "" ? texts.textEmpty : shown(field, before) || before;
        item.append(` (${texts.textChanged} `, old, ")");
      }
      list.append(item);
    });
    const undo = document.createElement("button");
    undo.type = "button";
    undo.className = "btn btn-link btn-sm p-0";
    undo.id = "mrzUndo";
    undo.textContent = texts.textUndo;
    undo.addEventListener("click", () => {
      changes.forEach(({ field, before, after }) => {
        if (before !== after) {
          set(field, before);
        }
      });
      box.textContent = texts.textUndone;
    });
    box.replaceChildren(title, list, undo);
  }

  document.addEventListener("htmx:afterSwap", (event) => {
    const target = event.detail.target;
    const outcome = target && target.querySelector ? target.querySelector("[data-mrz-outcome]") : null;
    const reader = outcome ? outcome.closest("[data-mrz-reader]") : null;
    if (reader && outcome.dataset.valid === "true") {
      fill(reader, outcome);
    }
  });
})();
