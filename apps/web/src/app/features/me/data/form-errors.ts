import type { AbstractControl } from '@angular/forms';

import type { ApiFailure } from './api-failure';

// The control a problem's path names (`links.1` is the form's `links.1`), or
// the nearest one above it (`criterionIds.0` is the `criterionIds` control).
const controlAt = (form: AbstractControl, path: string): AbstractControl | null => {
  const segments = path.split('.').filter(Boolean);
  for (let length = segments.length; length > 0; length--) {
    const control = form.get(segments.slice(0, length));
    if (control) return control;
  }
  return null;
};

// Puts the API's field errors beside their fields. Returns the messages that no
// field of the form matches. The next edit of a field runs its validators
// again, which clears the message.
export const showFieldErrors = (form: AbstractControl, failure: ApiFailure): string[] => {
  const unmatched: string[] = [];
  for (const { path, message } of failure.fields) {
    const control = controlAt(form, path);
    if (control) {
      control.setErrors({ ...control.errors, server: message });
      control.markAsTouched();
    } else {
      unmatched.push(message);
    }
  }
  return unmatched;
};
