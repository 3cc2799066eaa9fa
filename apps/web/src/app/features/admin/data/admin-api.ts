import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';

import type {
  AdminEraseInput,
  AdminPeopleQuery,
  AdminPerson,
  AdminPersonExport,
  AdminPersonPatch,
  AuditEvent,
  AuditQuery,
  OrganizationSettings,
  OrganizationSettingsInput,
  Page,
} from '@trellis/domain';

const person = (id: string) => `/api/admin/people/${encodeURIComponent(id)}`;

// Only the parameters that carry a value go into the query string.
const paramsOf = (query: Readonly<Record<string, string | number | undefined>>): HttpParams =>
  Object.entries(query).reduce(
    (params, [key, value]) => (value === undefined || value === '' ? params : params.set(key, String(value))),
    new HttpParams(),
  );

// The Admin area's calls: people and roles, GDPR export and erasure, the audit
// trail and the organization's settings.
@Injectable({ providedIn: 'root' })
export class AdminApi {
  readonly #http = inject(HttpClient);

  people(query: Partial<AdminPeopleQuery>): Observable<Page<AdminPerson>> {
    return this.#http.get<Page<AdminPerson>>('/api/admin/people', { params: paramsOf(query) });
  }

  person(id: string): Observable<AdminPerson> {
    return this.#http.get<AdminPerson>(person(id));
  }

  update(id: string, patch: AdminPersonPatch): Observable<AdminPerson> {
    return this.#http.patch<AdminPerson>(person(id), patch);
  }

  exportPerson(id: string): Observable<AdminPersonExport> {
    return this.#http.get<AdminPersonExport>(`${person(id)}/export`);
  }

  erase(id: string, input: AdminEraseInput): Observable<AdminPerson> {
    return this.#http.post<AdminPerson>(`${person(id)}/erase`, input);
  }

  audit(query: Partial<AuditQuery>): Observable<Page<AuditEvent>> {
    return this.#http.get<Page<AuditEvent>>('/api/audit', { params: paramsOf(query) });
  }

  settings(): Observable<OrganizationSettings> {
    return this.#http.get<OrganizationSettings>('/api/organization/settings');
  }

  saveSettings(input: OrganizationSettingsInput): Observable<OrganizationSettings> {
    return this.#http.put<OrganizationSettings>('/api/organization/settings', input);
  }
}
