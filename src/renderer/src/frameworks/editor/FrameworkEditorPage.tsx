import { Alert, Anchor, Loader, Stack, Text, Title } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import type { Framework, FrameworkSummary } from '../../../../shared/framework/framework';
import { shownCode } from '../../../../shared/framework/shownCode';
import { codeOfFrameworkId } from '../../../../shared/framework/versions';
import { errorMessage } from '../../api/client';
import { useFramework, useFrameworks } from '../../api/frameworkQueries';
import { emptyValues, valuesFrom } from './editorValues';
import { FrameworkEditorForm } from './FrameworkEditorForm';

function NewVersionEditor({ framework, library }: { framework: Framework; library: FrameworkSummary[] }) {
  const code = codeOfFrameworkId(framework.id);
  const taken = library.filter((f) => codeOfFrameworkId(f.id) === code).map((f) => f.version);
  const shown = shownCode(framework.occupation);
  return (
    <>
      <Text c="dimmed" size="sm">
        A copy of {framework.occupation.title}, version {framework.version}. Saving adds a new version; version{' '}
        {framework.version} stays as it is, with every plan on it.
      </Text>
      <FrameworkEditorForm
        initialValues={valuesFrom(framework, taken)}
        basedOn={framework.id}
        lockedCode={
          shown === null
            ? 'Versions of one framework share its code, so it cannot be changed here'
            : `Versions of one framework share its code (${shown})`
        }
      />
    </>
  );
}

function BasedOn({ id }: { id: string }) {
  const framework = useFramework(id);
  const library = useFrameworks();
  if (framework.isError || library.isError) {
    return (
      <Alert color="red" title="The framework to copy could not be opened">
        {errorMessage(framework.error ?? library.error)}
      </Alert>
    );
  }
  if (!framework.data || !library.data) return <Loader aria-label="Loading framework" />;
  return <NewVersionEditor framework={framework.data} library={library.data} />;
}

/** /frameworks/new: a new framework, or with ?basedOn=<id> a new version of that one. */
export function FrameworkEditorPage() {
  const [params] = useSearchParams();
  const basedOn = params.get('basedOn');
  return (
    <Stack maw={1100}>
      <Anchor component={Link} to="/frameworks" size="sm">
        ← All frameworks
      </Anchor>
      <Title order={2}>{basedOn ? 'New version of a framework' : 'New framework'}</Title>
      {basedOn ? <BasedOn id={basedOn} /> : <FrameworkEditorForm initialValues={emptyValues()} lockedCode={null} />}
    </Stack>
  );
}
