import { Anchor, Badge, Button, Table } from '@mantine/core';
import { Link } from 'react-router';
import type { FrameworkSummary } from '../../../shared/framework/framework';
import { useReadOnly } from '../layout/useReadOnly';

export function FrameworkTable({
  frameworks,
  onRemove,
}: {
  frameworks: FrameworkSummary[];
  onRemove: (framework: FrameworkSummary) => void;
}) {
  const locked = useReadOnly().controls;
  return (
    <Table striped highlightOnHover verticalSpacing="sm" data-testid="framework-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Occupation</Table.Th>
          <Table.Th>Code</Table.Th>
          <Table.Th>Group</Table.Th>
          <Table.Th style={{ whiteSpace: 'nowrap' }}>Job zone</Table.Th>
          <Table.Th>Version</Table.Th>
          <Table.Th>Statements</Table.Th>
          <Table.Th style={{ minWidth: 100 }}>Source</Table.Th>
          <Table.Th aria-label="Actions" />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {frameworks.map((f) => (
          <Table.Tr key={f.id} data-testid="framework-row">
            <Table.Td>
              <Anchor component={Link} to={`/frameworks/${encodeURIComponent(f.id)}`} fw={500}>
                {f.title}
              </Anchor>
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{f.code ?? ''}</Table.Td>
            <Table.Td>{f.group}</Table.Td>
            <Table.Td>{f.jobZone ?? ''}</Table.Td>
            <Table.Td>{f.version}</Table.Td>
            <Table.Td>{f.statementCount}</Table.Td>
            <Table.Td>
              {f.origin === 'bundled' ? (
                <Badge variant="light" color="gray" tt="none" miw="max-content">
                  Bundled
                </Badge>
              ) : f.origin === 'own' ? (
                <Badge variant="light" color="teal" tt="none" miw="max-content">
                  Made in Trainplan
                </Badge>
              ) : (
                <Badge
                  variant="light"
                  color="blue"
                  tt="none"
                  miw="max-content"
                  title={f.fileName ? `Imported from ${f.fileName}` : undefined}
                >
                  Imported
                </Badge>
              )}
            </Table.Td>
            <Table.Td>
              {f.origin !== 'bundled' && (
                <Button size="compact-sm" variant="subtle" color="red" onClick={() => onRemove(f)} {...locked}>
                  Remove
                </Button>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
