// (1b) The static-HTML floor showing what a submit shows: the same page as innerhtml.js with an
// empty, hidden GOV.UK error summary above the form's fields (its heading and list are in the page
// from the start, as the floor's error elements are). Its validation pass also fills the summary's
// list with a link per field in error (the same message), shows it, moves focus to its heading and
// puts "Fout: " before the page's title, as `<wmebv-form>`'s `reportValidity()` does. It is not
// issue 16's floor (that one writes the messages alone); it shows how much of a pass is the
// browser's work for what the GOV.UK pattern shows, so the two can be compared like for like.
import { render as renderFloor } from './innerhtml.js';
import { validateNativeForm } from './_native.js';

export const label = 'innerHTML + error summary';

export function render(form, container) {
  const floor = renderFloor(form, container);
  const formEl = container.querySelector('form');
  // GOV.UK's list has no bullets (govuk-list); everything else is the browser's default, as the floor's.
  formEl.insertAdjacentHTML(
    'afterbegin',
    '<div class="error-summary" hidden><h2 tabindex="-1">Er is een probleem</h2><ul style="list-style: none; padding: 0"></ul></div>',
  );
  const summary = formEl.firstElementChild;
  const [heading, list] = summary.children;
  const title = document.title;
  return {
    ...floor,
    validate: () => {
      const errors = validateNativeForm(formEl);
      const items = [];
      for (const message of formEl.querySelectorAll('.error:not([hidden])')) {
        const link = document.createElement('a');
        link.href = `#${message.id.replace(/-error$/, '')}`;
        link.textContent = message.textContent;
        const item = document.createElement('li');
        item.append(link);
        items.push(item);
      }
      list.replaceChildren(...items);
      summary.hidden = false;
      document.title = `Fout: ${title}`;
      heading.focus();
      return errors;
    },
  };
}
