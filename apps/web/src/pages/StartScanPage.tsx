import { useMutation, useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useMemo, useState } from 'react';
import { ApiError, unwrap } from '../api/client';
import { useApi, useOrganization, useServices, useSession } from '../app/services';
import { EmptyState, PageHeader, QueryView } from '../components/ui';

const splitList = (text: string) =>
  text
    .split(/[\s,]+/)
    .map((item) => item.trim())
    .filter(Boolean);

/** Start a scan, scoped by checks, frameworks (and requirements), services and regions; all optional. */
export function StartScanPage() {
  const services = useServices();
  const api = useApi();
  const navigate = useNavigate();
  const { can } = useSession();
  const { organizationId } = useOrganization();
  const [checks, setChecks] = useState<string[]>([]);
  const [framework, setFramework] = useState('');
  const [requirements, setRequirements] = useState('');
  const [scopeServices, setScopeServices] = useState<string[]>([]);
  const [regions, setRegions] = useState('');
  const catalog = useQuery({
    queryKey: ['checks'],
    queryFn: () => unwrap(api.GET('/v1/checks', { params: { query: {} } })),
    staleTime: 3_600_000,
  });
  const frameworks = useQuery({
    queryKey: ['frameworks'],
    queryFn: () => unwrap(api.GET('/v1/frameworks')),
    staleTime: 3_600_000,
  });
  const allServices = useMemo(
    () => [...new Set((catalog.data?.items ?? []).map((check) => check.service))].sort(),
    [catalog.data],
  );
  const start = useMutation({
    mutationFn: () => {
      const requirementIds = splitList(requirements);
      const regionList = splitList(regions);
      return unwrap(
        services.api.POST('/v1/scans', {
          body: {
            organizationId,
            ...(checks.length ? { checks } : {}),
            ...(framework
              ? {
                  frameworks: [
                    { id: framework, ...(requirementIds.length ? { requirements: requirementIds } : {}) },
                  ],
                }
              : {}),
            ...(scopeServices.length ? { services: scopeServices } : {}),
            ...(regionList.length ? { regions: regionList } : {}),
          },
        }),
      );
    },
    onSuccess: (started) => {
      void services.queryClient.invalidateQueries({ queryKey: ['scans'] });
      void navigate({ to: '/scans/$scanId', params: { scanId: started.id } });
    },
  });
  if (!can('operator')) {
    return (
      <div className="page">
        <PageHeader title="Start a scan" />
        <EmptyState>Starting scans needs the operator role.</EmptyState>
      </div>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    start.mutate();
  };
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/scans">Scans</Link> ›
      </p>
      <PageHeader
        title="Start a scan"
        subtitle="Leave everything empty to run every check in every enabled region."
      />
      <form className="panel form-grid" onSubmit={submit}>
        <label className="field">
          <span>Framework</span>
          <select value={framework} onChange={(event) => setFramework(event.target.value)}>
            <option value="">— none —</option>
            {(frameworks.data?.items ?? []).map((item) => (
              <option key={item.id} value={item.id}>
                {item.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Requirements of the framework (optional)</span>
          <input
            value={requirements}
            disabled={!framework}
            onChange={(event) => setRequirements(event.target.value)}
            placeholder="2.4, 5.1"
          />
        </label>
        <label className="field">
          <span>Regions (optional)</span>
          <input
            value={regions}
            onChange={(event) => setRegions(event.target.value)}
            placeholder="eu-west-1, us-east-1"
          />
        </label>
        <fieldset className="toggles wide">
          <legend>Services (optional)</legend>
          {allServices.map((service) => (
            <label key={service} className="toggle">
              <input
                type="checkbox"
                checked={scopeServices.includes(service)}
                onChange={(event) =>
                  setScopeServices(
                    event.target.checked
                      ? [...scopeServices, service]
                      : scopeServices.filter((item) => item !== service),
                  )
                }
              />
              {service}
            </label>
          ))}
        </fieldset>
        <QueryView query={catalog} what="checks">
          {(data) => (
            <label className="field wide">
              <span>Checks (optional; Ctrl/⌘-click for several)</span>
              <select
                multiple
                size={10}
                value={checks}
                onChange={(event) =>
                  setChecks([...event.target.selectedOptions].map((option) => option.value))
                }
              >
                {data.items.map((check) => (
                  <option key={check.id} value={check.id}>
                    {check.title} ({check.id})
                  </option>
                ))}
              </select>
            </label>
          )}
        </QueryView>
        {start.error ? (
          <p className="form-error wide" role="alert">
            {start.error instanceof ApiError ? start.error.detail : 'The scan could not be started'}
          </p>
        ) : null}
        <div className="wide">
          <button type="submit" className="button button-primary" disabled={start.isPending}>
            {start.isPending ? 'Starting…' : 'Start the scan'}
          </button>
        </div>
      </form>
    </div>
  );
}
