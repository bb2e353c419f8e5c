type Structure = {
  vision: string;
  values: string;
  objectives: {
    id: string;
    title: string;
    priorities: { id: string; number: number; title: string; commitments: { id: string; text: string }[] }[];
  }[];
};

/** Vision, values, objectives, numbered priorities and their commitments: as staff and tenants both read them. */
export const StrategyStructure = ({ strategy }: { strategy: Structure }) => (
  <section className="mb-10 max-w-3xl">
    <h2 className="mb-2 text-2xl font-bold">Our vision</h2>
    <p className="mb-6 whitespace-pre-line">{strategy.vision}</p>
    <h2 className="mb-2 text-2xl font-bold">Our values</h2>
    <p className="mb-6 whitespace-pre-line">{strategy.values}</p>
    <h2 className="mb-2 text-2xl font-bold">Objectives and priorities</h2>
    {strategy.objectives.length === 0 && <p>No objectives yet.</p>}
    {strategy.objectives.map((objective, index) => (
      <div key={objective.id} className="mb-6">
        <h3 className="mb-2 text-xl font-bold">
          Objective {index + 1}: {objective.title}
        </h3>
        {objective.priorities.map((priority) => (
          <div key={priority.id} className="mb-4 border-l-4 border-gray-400 pl-4">
            <h4 className="font-bold">
              Strategic Priority {priority.number}: {priority.title}
            </h4>
            {priority.commitments.length > 0 && (
              <ul className="mt-1 list-disc pl-6">
                {priority.commitments.map((commitment) => (
                  <li key={commitment.id}>{commitment.text}</li>
                ))}
              </ul>
            )}
          </div>
        ))}
      </div>
    ))}
  </section>
);
