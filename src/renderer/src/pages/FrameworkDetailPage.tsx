import { Alert, Anchor, Badge, Card, Group, List, Loader, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { attributionLine, countStatements, type Framework } from '../../../shared/framework/framework';
import { plural } from '../../../shared/text/plural';
import { errorMessage } from '../api/client';
import { useFramework } from '../api/frameworkQueries';
import { StatementText } from '../frameworks/StatementText';
import { MovePlansToVersion } from '../versions/MovePlansToVersion';

function FrameworkView({ framework }: { framework: Framework }) {
  const { occupation } = framework;
  return (
    <Stack>
      <div>
        <Title order={2}>{occupation.title}</Title>
        <Group gap="xs" mt={4}>
          <Badge variant="light">{occupation.soc}</Badge>
          <Badge variant="light" color="gray" tt="none">
            Version {framework.version}
          </Badge>
          <Badge variant="light" color="gray" tt="none">
            Job zone {occupation.jobZone}
            {occupation.jobZoneInferred ? ' (inferred)' : ''}
          </Badge>
          <Text size="sm" c="dimmed">
            {occupation.group} · {plural(countStatements(framework), 'statement')} ·{' '}
            {framework.origin === 'bundled' ? 'ships with Trainplan' : 'imported'}
          </Text>
        </Group>
      </div>
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
      {framework.data && <MovePlansToVersion frameworkId={id} />}
      {framework.data && <FrameworkView framework={framework.data} />}
    </Stack>
  );
}
