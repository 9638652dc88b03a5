import { Alert, Anchor, Badge, Button, Card, Group, List, Loader, Stack, Text, Title } from '@mantine/core';
import { Link, useNavigate, useParams } from 'react-router';
import { shownCode } from '../../../shared/framework/shownCode';
import { FrameworkExportMenu } from '../frameworks/editor/FrameworkExportMenu';
import { useReadOnly } from '../layout/useReadOnly';
import { attributionLine, countStatements, type Framework } from '../../../shared/framework/framework';
import { plural } from '../../../shared/text/plural';
import { errorMessage } from '../api/client';
import { useFramework } from '../api/frameworkQueries';
import { StatementText } from '../frameworks/StatementText';
import { MovePlansToVersion } from '../versions/MovePlansToVersion';

const ORIGIN_WORDS: Record<Framework['origin'], string> = {
  bundled: 'ships with Trainplan',
  imported: 'imported',
  own: 'made in Trainplan',
};

function FrameworkView({ framework }: { framework: Framework }) {
  const { occupation } = framework;
  const code = shownCode(occupation);
  const locked = useReadOnly().controls;
  const navigate = useNavigate();
  return (
    <Stack>
      <div>
        <Group justify="space-between" align="flex-start">
          <Title order={2}>{occupation.title}</Title>
          {/* Editing makes a new version: the one shown never changes. */}
          <Group gap="xs">
            <Button
              variant="default"
              onClick={() => void navigate(`/frameworks/new?basedOn=${encodeURIComponent(framework.id)}`)}
              data-testid="edit-as-new-version"
              {...locked}
            >
              Edit as new version
            </Button>
            <FrameworkExportMenu frameworkId={framework.id} />
          </Group>
        </Group>
        <Group gap="xs" mt={4}>
          {code !== null && <Badge variant="light">{code}</Badge>}
          <Badge variant="light" color="gray" tt="none">
            Version {framework.version}
          </Badge>
          {/* A job zone Trainplan assumed (own and converted frameworks) says nothing about the job: not shown. */}
          {!occupation.jobZoneInferred && (
            <Badge variant="light" color="gray" tt="none">
              Job zone {occupation.jobZone}
            </Badge>
          )}
          <Text size="sm" c="dimmed">
            {[occupation.group, plural(countStatements(framework), 'statement'), ORIGIN_WORDS[framework.origin]]
              // A framework written here has "Made in Trainplan" as its group already: say it once.
              .filter(
                (part, i, all) => part !== '' && all.findIndex((p) => p.toLowerCase() === part.toLowerCase()) === i,
              )
              .join(' · ')}
          </Text>
        </Group>
      </div>
      <MovePlansToVersion frameworkId={framework.id} />
      {framework.contextCovered && (
        <Card withBorder>
          <Text fw={600} size="sm" mb={4}>
            Context covered
          </Text>
          <Text size="sm">{framework.contextCovered}</Text>
        </Card>
      )}
      {framework.levels.map((level) => (
        <section key={level.key} data-testid="framework-level" aria-labelledby={`level-${level.key}`}>
          <Title order={3} id={`level-${level.key}`} size="h4" mb="xs">
            {level.label}{' '}
            <Text span c="dimmed" size="sm">
              {plural(level.statements.length, 'statement')}
            </Text>
          </Title>
          <List type="ordered" spacing={6} size="sm">
            {level.statements.map((statement) => (
              <List.Item key={statement.id} data-testid="statement">
                <StatementText statement={statement} />
              </List.Item>
            ))}
          </List>
        </section>
      ))}
      <Text size="xs" c="dimmed" data-testid="attribution">
        Sources and attribution: {attributionLine(framework)}
      </Text>
    </Stack>
  );
}

export function FrameworkDetailPage() {
  const { id = '' } = useParams();
  const framework = useFramework(id);
  return (
    <Stack maw={960}>
      <Anchor component={Link} to="/frameworks" size="sm">
        ← All frameworks
      </Anchor>
      {framework.isPending && <Loader aria-label="Loading framework" />}
      {framework.isError && (
        <Alert color="red" title="Framework not shown">
          {errorMessage(framework.error)}
        </Alert>
      )}
      {framework.data && <FrameworkView framework={framework.data} />}
    </Stack>
  );
}
