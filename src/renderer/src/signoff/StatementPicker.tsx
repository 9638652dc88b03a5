import { Badge, Card, Checkbox, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import type { Framework, FrameworkSummary } from '../../../shared/framework/framework';
import { foldForSearch } from '../../../shared/text/searchFold';
import { StatementText } from '../frameworks/StatementText';

/** Step 1: the framework, then the statements shown in the session, grouped by level. */
export function StatementPicker({
  frameworks,
  frameworkId,
  framework,
  chosen,
  onFramework,
  onChosen,
}: {
  frameworks: FrameworkSummary[];
  frameworkId: string | null;
  framework: Framework | undefined;
  chosen: ReadonlySet<string>;
  onFramework: (id: string | null) => void;
  onChosen: (ids: Set<string>) => void;
}) {
  const [search, setSearch] = useState('');
  const needle = foldForSearch(search.trim());
  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    onChosen(next);
  };
  return (
    <Card withBorder component="section" aria-labelledby="signoff-step-1">
      <Title order={3} size="h4" id="signoff-step-1" mb="sm">
        1. Framework and statements
      </Title>
      <Group align="flex-end" grow>
        <Select
          label="Framework"
          placeholder="Choose a framework"
          data={frameworks.map((f) => ({ value: f.id, label: `${f.title} (${f.version})` }))}
          value={frameworkId}
          onChange={(id) => {
            onFramework(id);
            setSearch('');
          }}
          searchable
          allowDeselect={false}
        />
        <TextInput
          label="Find a statement"
          placeholder="Words from the statement"
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          disabled={!framework}
        />
      </Group>
      {framework && (
        <Stack gap="md" mt="md" mah={420} style={{ overflowY: 'auto' }} data-testid="statement-picker">
          {framework.levels.map((level) => {
            const shown = level.statements.filter((s) => !needle || foldForSearch(s.text).includes(needle));
            if (shown.length === 0) return null;
            const picked = level.statements.filter((s) => chosen.has(s.id)).length;
            return (
              <fieldset key={level.key} style={{ border: 0, padding: 0, margin: 0 }}>
                <Group gap="xs" mb={6} component="legend">
                  <Text fw={700}>{level.label}</Text>
                  {picked > 0 && (
                    <Badge variant="light" size="sm">
                      {picked} chosen
                    </Badge>
                  )}
                </Group>
                <Stack gap={6}>
                  {shown.map((statement) => (
                    <Checkbox
                      key={statement.id}
                      checked={chosen.has(statement.id)}
                      onChange={(e) => toggle(statement.id, e.currentTarget.checked)}
                      aria-label={`${statement.text} (${level.label})`}
                      label={<StatementText statement={statement} />}
                    />
                  ))}
                </Stack>
              </fieldset>
            );
          })}
        </Stack>
      )}
    </Card>
  );
}
