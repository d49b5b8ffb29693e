// The visit page saves each answer as it is entered: a choice, a number or a text left, or a note left, posts that
// one answer with the page's CSRF token and a fresh idempotency key. The server stores nothing when the answer is
// unchanged, so a retry is harmless. A FAIL waits for its note (the server would refuse it without one).
document.addEventListener('DOMContentLoaded', () => {
  const form = document.getElementById('answers');
  if (!form) {
    return;
  }
  const csrf = form.querySelector('input[name="_csrf"]');
  const newKey = () => (window.crypto && crypto.randomUUID) ? crypto.randomUUID()
      : Date.now().toString(36) + '-' + Math.random().toString(36).slice(2);
  form.addEventListener('submit', event => event.preventDefault());

  form.querySelectorAll('.item').forEach(item => {
    const state = item.querySelector('.save-state');
    const noteField = item.querySelector('.answer-note');
    const show = (text, cls) => {
      state.textContent = text;
      item.classList.remove('saved', 'unsaved', 'saving');
      item.classList.add(cls);
    };
    const save = () => {
      let value;
      if (item.dataset.kind === 'CHECK') {
        const chosen = item.querySelector('.answer-value:checked');
        value = chosen ? chosen.value : '';
      } else {
        value = item.querySelector('.answer-value').value.trim();
      }
      if (!value) {
        return;
      }
      const note = noteField.value.trim();
      if (value === 'FAIL' && !note) {
        show(form.dataset.failNeedsNote, 'unsaved');
        noteField.focus();
        return;
      }
      const body = new URLSearchParams({itemKey: item.dataset.key, value: value, note: note, idempotencyKey: newKey()});
      if (csrf) {
        body.append(csrf.name, csrf.value);
      }
      show(form.dataset.saving, 'saving');
      fetch(form.action, {method: 'POST', body: body, credentials: 'same-origin', headers: {'Accept': 'application/json'}})
          .then(response => {
            if (!response.ok) {
              throw new Error(String(response.status));
            }
            show(form.dataset.saved, 'saved');
          })
          .catch(() => show(form.dataset.notSaved, 'unsaved'));
    };
    item.querySelectorAll('.answer-value').forEach(input => input.addEventListener('change', save));
    noteField.addEventListener('change', save);
  });
});
