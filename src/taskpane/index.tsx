// Placeholder task pane: replaced by the real findings UI.
import { Text } from "@fluentui/react";
import { createRoot } from "react-dom/client";

function App() {
  return <Text variant="xLarge">安居台账核查</Text>;
}

Office.onReady(() => {
  const container = document.getElementById("root");
  if (container) createRoot(container).render(<App />);
});
